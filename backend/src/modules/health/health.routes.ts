import { z } from 'zod';
import type { AppDeps } from '../../deps';
import type { ApiRouter } from '../../http/api-router';
import { databaseUp, readiness } from './health.service';

const Readiness = z.object({
  status: z.enum(['ready', 'not-ready']),
  checks: z.object({
    database: z.enum(['up', 'down']),
    cache: z.enum(['up', 'degraded', 'in-process']),
    draining: z.boolean(),
  }),
});

/** Liveness, readiness and metrics for Kubernetes and Prometheus, plus the legacy `/health`. */
export function healthRoutes(root: ApiRouter, deps: AppDeps): void {
  root
    .route({
      method: 'get',
      path: '/healthz',
      summary: 'Liveness: the process is up',
      tags: ['operations'],
      responses: { 200: { description: 'Alive', schema: z.object({ status: z.literal('ok') }) } },
      handler: (_input, _req, res) => {
        res.set('Cache-Control', 'no-store').json({ status: 'ok' });
      },
    })
    .route({
      method: 'get',
      path: '/readyz',
      summary: 'Readiness: the database answers and the process is not draining (Redis only degrades)',
      tags: ['operations'],
      responses: {
        200: { description: 'Ready', schema: Readiness },
        503: { description: 'Not ready', schema: Readiness },
      },
      handler: async (_input, _req, res) => {
        const { ready, databaseUp: up, cache } = await readiness(deps);
        res
          .status(ready ? 200 : 503)
          .set('Cache-Control', 'no-store')
          .json({
            status: ready ? 'ready' : 'not-ready',
            checks: { database: up ? 'up' : 'down', cache, draining: deps.lifecycle.draining },
          });
      },
    })
    .route({
      method: 'get',
      path: '/metrics',
      summary: 'Prometheus metrics',
      tags: ['operations'],
      responses: {
        200: {
          description: 'Prometheus text exposition format',
          contentType: 'text/plain',
          schema: z.string(),
        },
      },
      handler: async (_input, _req, res) => {
        res
          .set('Content-Type', deps.metrics.registry.contentType)
          .send(await deps.metrics.registry.metrics());
      },
    })
    .route({
      method: 'get',
      path: '/health',
      summary: 'Legacy health check',
      tags: ['legacy'],
      deprecated: true,
      responses: {
        200: { description: 'Healthy', schema: z.object({ status: z.literal('OK'), timestamp: z.string() }) },
        503: {
          description: 'Database down',
          schema: z.object({ status: z.literal('DEGRADED'), timestamp: z.string() }),
        },
      },
      handler: async (_input, _req, res) => {
        const up = await databaseUp(deps);
        const timestamp = new Date().toISOString();
        if (up) res.json({ status: 'OK', timestamp });
        else res.status(503).json({ status: 'DEGRADED', timestamp, database: 'down' });
      },
    });
}

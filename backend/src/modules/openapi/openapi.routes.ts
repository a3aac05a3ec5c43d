import { OpenApiGeneratorV31, type OpenAPIRegistry } from '@asteasolutions/zod-to-openapi';
import { z } from 'zod';
import type { ApiRouter } from '../../http/api-router';
import { PROBLEM_BASE } from '../../lib/problem';

const ProblemSchema = z
  .object({
    type: z.string().openapi({ example: `${PROBLEM_BASE}validation-error` }),
    title: z.string(),
    status: z.number().int(),
    detail: z.string().optional(),
    instance: z.string().optional(),
    requestId: z.string().optional(),
    errors: z.array(z.object({ field: z.string(), message: z.string() })).optional(),
  })
  .openapi('Problem');

/** `GET /api/v1/openapi.json`: generated from the zod schemas the routes validate with. */
export function openApiRoutes(v1: ApiRouter, registry: OpenAPIRegistry): void {
  registry.register('Problem', ProblemSchema);
  registry.registerComponent('securitySchemes', 'bearerAuth', {
    type: 'http',
    scheme: 'bearer',
    bearerFormat: 'JWT',
  });
  let document: unknown;
  v1.route({
    method: 'get',
    path: '/openapi.json',
    summary: 'This API description (OpenAPI 3.1)',
    tags: ['meta'],
    responses: { 200: { description: 'The OpenAPI document' } },
    handler: (_input, _req, res) => {
      document ??= new OpenApiGeneratorV31(registry.definitions).generateDocument({
        openapi: '3.1.0',
        info: {
          title: 'DhakaCart API',
          version: '1.0.0',
          description:
            'The storefront API of DhakaCart. Money is integer paisa; errors are RFC 9457 problem+json.',
        },
        servers: [{ url: '/' }],
      });
      res.json(document);
    },
  });
}

import { CANARY_STEP_BUDGET_SECONDS } from '../src/config/schema';
import { ENVIRONMENTS, environmentObjects, type K8sObject } from './helpers/repository';

/** Workloads without an HPA, and why. */
const NO_HPA: Record<string, string> = {
  redis: 'a single cache instance: more replicas would be separate, inconsistent caches',
};
/** Merge to full traffic must fit in 10 minutes; image pull and pod start get this much of it. */
const STARTUP_ALLOWANCE_SECONDS = 120;

const matches = (selector: Record<string, string>, labels: Record<string, string> = {}) =>
  Object.keys(selector).length > 0 && Object.entries(selector).every(([k, v]) => labels[k] === v);
const seconds = (d: string) => Number(d.replace(/s$/, ''));

describe.each(ENVIRONMENTS)('invariants of %s', (env) => {
  const objects = environmentObjects(env);
  const ofKind = (kind: string) => objects.filter((o) => o.kind === kind);
  const named = (kind: string, name: string) => ofKind(kind).find((o) => o.metadata.name === name);
  const workloads = [...ofKind('Rollout'), ...ofKind('Deployment')];
  const podLabels = (w: K8sObject): Record<string, string> => w.spec.template.metadata.labels;
  const containers = (
    w: K8sObject,
  ): { name: string; ports?: { containerPort: number }[]; [k: string]: unknown }[] =>
    w.spec.template.spec.containers;

  it('when workloads are listed, then there are the api, storefront and redis', () => {
    expect(workloads.map((w) => w.metadata.name).sort()).toEqual(['api', 'redis', 'storefront']);
  });

  it.each(['api', 'storefront', 'redis'])(
    'when %s is checked, then its selector matches its pod labels',
    (name) => {
      const w = workloads.find((x) => x.metadata.name === name)!;
      expect(matches(w.spec.selector.matchLabels, podLabels(w))).toBe(true);
    },
  );

  it('when every workload is checked, then a PodDisruptionBudget selects its pods', () => {
    for (const w of workloads) {
      const pdb = ofKind('PodDisruptionBudget').find((p) =>
        matches(p.spec.selector.matchLabels, podLabels(w)),
      );
      expect({ workload: w.metadata.name, pdb: pdb?.metadata.name }).toEqual({
        workload: w.metadata.name,
        pdb: expect.any(String),
      });
    }
  });

  it('when every workload is checked, then an HPA scales it (or it is a listed exception)', () => {
    for (const w of workloads.filter((x) => !(x.metadata.name in NO_HPA))) {
      const hpa = ofKind('HorizontalPodAutoscaler').find(
        (h) => h.spec.scaleTargetRef.kind === w.kind && h.spec.scaleTargetRef.name === w.metadata.name,
      );
      expect({ workload: w.metadata.name, hpa: hpa?.metadata.name }).toEqual({
        workload: w.metadata.name,
        hpa: w.metadata.name,
      });
      expect(hpa!.spec.maxReplicas).toBeGreaterThanOrEqual(hpa!.spec.minReplicas);
    }
  });

  it('when every workload is checked, then a default deny and an explicit allow cover its pods', () => {
    const policies = ofKind('NetworkPolicy');
    const deny = named('NetworkPolicy', 'default-deny')!;
    expect(deny.spec).toEqual({
      podSelector: {},
      policyTypes: ['Ingress', 'Egress'],
      ingress: [],
      egress: [],
    });
    for (const w of [...workloads, ...ofKind('Job')]) {
      const allow = policies.filter(
        (p) => p.spec.podSelector.matchLabels && matches(p.spec.podSelector.matchLabels, podLabels(w)),
      );
      expect({ workload: w.metadata.name, allows: allow.length > 0 }).toEqual({
        workload: w.metadata.name,
        allows: true,
      });
    }
  });

  it('when every container is checked, then it has probes, requests and limits, and a hardened security context', () => {
    for (const w of workloads) {
      for (const c of containers(w)) {
        const where = `${w.metadata.name}/${c.name}`;
        expect({
          where,
          startup: !!c.startupProbe,
          readiness: !!c.readinessProbe,
          liveness: !!c.livenessProbe,
        }).toEqual({
          where,
          startup: true,
          readiness: true,
          liveness: true,
        });
        expect({ where, resources: c.resources }).toEqual({
          where,
          resources: {
            requests: { cpu: expect.any(String), memory: expect.any(String) },
            limits: { cpu: expect.any(String), memory: expect.any(String) },
          },
        });
        expect({ where, securityContext: c.securityContext }).toEqual({
          where,
          securityContext: expect.objectContaining({
            runAsNonRoot: true,
            allowPrivilegeEscalation: false,
            readOnlyRootFilesystem: true,
            capabilities: { drop: ['ALL'] },
            seccompProfile: { type: 'RuntimeDefault' },
          }),
        });
      }
      expect({ workload: w.metadata.name, token: w.spec.template.spec.automountServiceAccountToken }).toEqual(
        { workload: w.metadata.name, token: false },
      );
    }
  });

  it('when the migration Job is checked, then it is a PreSync hook with the API image, resources and a hardened context', () => {
    const job = named('Job', 'api-migrate')!;
    expect(job.metadata.annotations?.['argocd.argoproj.io/hook']).toBe('PreSync');
    const [container] = job.spec.template.spec.containers;
    expect(container.image).toBe(named('Rollout', 'api')!.spec.template.spec.containers[0].image);
    expect(container.command).toEqual(['node', 'build/cli/migrate.js', 'up']);
    expect(container.resources.limits).toEqual(
      expect.objectContaining({ cpu: expect.any(String), memory: expect.any(String) }),
    );
    expect(container.securityContext).toEqual(
      expect.objectContaining({
        runAsNonRoot: true,
        allowPrivilegeEscalation: false,
        readOnlyRootFilesystem: true,
      }),
    );
    expect(job.spec.template.spec.automountServiceAccountToken).toBe(false);
  });

  it('when the storefront proxies /api, then the `api:3000` its nginx resolves per request exists (frontend/nginx.conf)', () => {
    const api = named('Service', 'api')!;
    expect(api.spec.ports).toContainEqual(expect.objectContaining({ port: 3000 }));
  });

  it('when the API pod is checked, then preStop and grace period cover its drain (5 s + 10 s + 20 s <= 45 s)', () => {
    const pod = named('Rollout', 'api')!.spec.template.spec;
    expect(pod.containers[0].lifecycle.preStop.sleep.seconds).toBe(5);
    expect(pod.terminationGracePeriodSeconds).toBe(45);
  });

  it('when every Service is checked, then it selects a workload and its target port exists on a container', () => {
    for (const svc of ofKind('Service')) {
      const target = workloads.find((w) => matches(svc.spec.selector, podLabels(w)));
      expect({ service: svc.metadata.name, selects: target?.metadata.name }).toEqual({
        service: svc.metadata.name,
        selects: expect.any(String),
      });
      const containerPorts = containers(target!).flatMap((c) => (c.ports ?? []).map((p) => p.containerPort));
      for (const port of svc.spec.ports)
        expect({
          service: svc.metadata.name,
          port: port.targetPort,
          exists: containerPorts.includes(port.targetPort),
        }).toEqual({ service: svc.metadata.name, port: port.targetPort, exists: true });
    }
  });

  it.each(['api', 'storefront'])(
    'when the %s Rollout is checked, then every Service, route and template it references exists',
    (name) => {
      const canary = named('Rollout', name)!.spec.strategy.canary;
      expect(named('Service', canary.stableService)).toBeDefined();
      expect(named('Service', canary.canaryService)).toBeDefined();
      const plugin = canary.trafficRouting.plugins['argoproj-labs/gatewayAPI'];
      const route = named('HTTPRoute', plugin.httpRoute)!;
      expect(route).toBeDefined();
      expect(route.spec.rules[0].backendRefs.map((b: { name: string }) => b.name).sort()).toEqual(
        [canary.canaryService, canary.stableService].sort(),
      );
      const templates = [
        ...canary.analysis.templates,
        ...canary.steps
          .filter((s: { analysis?: unknown }) => s.analysis)
          .flatMap((s: { analysis: { templates: unknown[] } }) => s.analysis.templates),
      ].map((t: { templateName: string }) => t.templateName);
      for (const t of templates)
        expect({ template: t, exists: !!named('AnalysisTemplate', t) }).toEqual({
          template: t,
          exists: true,
        });
    },
  );

  it.each(['api', 'storefront'])(
    'when the %s canary is timed, then merge to full traffic takes at most 10 minutes',
    (name) => {
      const steps: {
        setWeight?: number;
        pause?: { duration: string };
        analysis?: { templates: { templateName: string }[] };
      }[] = named('Rollout', name)!.spec.strategy.canary.steps;
      const stepSeconds = steps.reduce((sum, s) => {
        if (s.pause) return sum + seconds(s.pause.duration);
        if (s.analysis) {
          const metrics = named('AnalysisTemplate', s.analysis.templates[0]!.templateName)!.spec.metrics;
          return (
            sum +
            Math.max(
              ...metrics.map((m: { count: number; interval: string }) => m.count * seconds(m.interval)),
            )
          );
        }
        return sum;
      }, 0);
      expect(steps.filter((s) => s.setWeight !== undefined).map((s) => s.setWeight)).toEqual([10, 25, 50]);
      expect(stepSeconds).toBeLessThanOrEqual(CANARY_STEP_BUDGET_SECONDS);
      expect(stepSeconds + STARTUP_ALLOWANCE_SECONDS).toBeLessThanOrEqual(600);
    },
  );

  it('when the API ServiceMonitor is read, then it scrapes each pod through exactly one Service and keeps the canary role', () => {
    const monitor = named('ServiceMonitor', 'api')!;
    const scraped = ofKind('Service').filter((s) =>
      matches(monitor.spec.selector.matchLabels, s.metadata.labels),
    );
    expect(scraped.map((s) => s.metadata.name)).toEqual(['api']);
    expect(monitor.spec.podTargetLabels).toEqual(['role']);
    expect(named('Rollout', 'api')!.spec.strategy.canary.canaryMetadata.labels).toEqual({ role: 'canary' });
  });

  it('when analysis conditions are read, then an empty result is neither success nor failure', () => {
    for (const template of ofKind('AnalysisTemplate')) {
      for (const m of template.spec.metrics) {
        expect(m.successCondition).toMatch(/^len\(result\) > 0 && /);
        expect(m.failureCondition).toMatch(/^len\(result\) > 0 && /);
      }
    }
  });
});

describe('production', () => {
  const objects = environmentObjects('production');
  it('when the API is checked, then it runs at least 3 replicas spread across zones', () => {
    const hpa = objects.find((o) => o.kind === 'HorizontalPodAutoscaler' && o.metadata.name === 'api')!;
    expect(hpa.spec.minReplicas).toBeGreaterThanOrEqual(3);
    const spread = objects.find((o) => o.kind === 'Rollout' && o.metadata.name === 'api')!.spec.template.spec
      .topologySpreadConstraints;
    expect(spread).toContainEqual(
      expect.objectContaining({
        topologyKey: 'topology.kubernetes.io/zone',
        whenUnsatisfiable: 'DoNotSchedule',
        maxSkew: 1,
      }),
    );
  });

  it('when the database is checked, then it has 3 instances with a synchronous replica and a daily six-field backup', () => {
    const cluster = objects.find((o) => o.kind === 'Cluster')!;
    expect(cluster.spec.instances).toBe(3);
    expect(cluster.spec.postgresql.synchronous).toEqual(expect.objectContaining({ number: 1 }));
    expect(cluster.spec.postgresql.parameters.shared_buffers).toBe('2048MB');
    const backup = objects.find((o) => o.kind === 'ScheduledBackup')!;
    expect(backup.spec.schedule.split(' ')).toHaveLength(6);
    expect(objects.find((o) => o.kind === 'ObjectStore')!.spec.retentionPolicy).toBe('30d');
  });

  it('when the pooler is checked, then it runs PgBouncer in transaction mode and the API connects through it', () => {
    const pooler = objects.find((o) => o.kind === 'Pooler')!;
    expect(pooler.spec.pgbouncer.poolMode).toBe('transaction');
    const env: { name: string; value?: string }[] = objects.find(
      (o) => o.kind === 'Rollout' && o.metadata.name === 'api',
    )!.spec.template.spec.containers[0].env;
    expect(env.find((e) => e.name === 'DATABASE_URL')!.value).toContain(`@${pooler.metadata.name}:5432/`);
  });
});

import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { createTestContext, createTestDatabase, type TestContext } from '../../test/harness/context';
import {
  isCompleted,
  measurementPhase,
  metricPhase,
  runPhase,
  type AnalysisMetricSpec,
  type Phase,
} from '../../test/harness/argo-analysis';
import { readsApiSeries, renderDashboardQuery, shippedDashboardQueries } from '../../test/harness/dashboards';
import { readDist } from '../../test/harness/dist';
import { TestPgBouncer } from '../../test/harness/pgbouncer';
import { freePort, waitFor } from '../../test/harness/ports';
import { stopChild } from '../../test/harness/processes';
import { TestPrometheus } from '../../test/harness/prometheus';
import { checkout, createCart, createProduct, listen } from '../../test/harness/shop';

const ENV = 'staging';

interface Template {
  spec: { metrics: AnalysisMetricSpec[] };
}
interface Rollout {
  spec: {
    strategy: {
      canary: {
        canaryMetadata: { labels: Record<string, string> };
        stableMetadata: { labels: Record<string, string> };
        analysis: { args: { name: string; value: string }[] };
      };
    };
  };
}
interface ServiceMonitor {
  spec: { podTargetLabels?: string[] };
}
interface PrometheusRule {
  spec: { groups: { name: string }[] };
}

const rollout = readDist<Rollout>(ENV, 'api', 'Rollout', 'api').spec.strategy.canary;
const args = Object.fromEntries(rollout.analysis.args.map((arg) => [arg.name, arg.value]));
const podTargetLabels =
  readDist<ServiceMonitor>(ENV, 'api', 'ServiceMonitor', 'api').spec.podTargetLabels ?? [];

/**
 * The labels the Prometheus Operator puts on a pod's series through the ServiceMonitor:
 * `namespace` and `service` (the scraped Service `api`), and the pod labels it copies
 * (`podTargetLabels`) from those Rollouts sets on canary or stable pods (`canaryMetadata`,
 * `stableMetadata`). Each scenario gets its own namespace label, so one Prometheus serves all
 * of them; the healthy one is the Rollout's own namespace, where the shipped rules apply.
 */
function podLabels(namespace: string, role: 'canary' | 'stable' = 'canary'): Record<string, string> {
  const metadata = role === 'canary' ? rollout.canaryMetadata : rollout.stableMetadata;
  const copied = Object.fromEntries(
    podTargetLabels
      .filter((label) => label in metadata.labels)
      .map((label) => [label, metadata.labels[label]!]),
  );
  return { namespace, service: args.app!, ...copied };
}
const HEALTHY = args.namespace!;

const render = (query: string, namespace: string) =>
  query.replaceAll('{{args.namespace}}', namespace).replaceAll('{{args.app}}', args.app!);

/** Measurements taken back to back (the controller waits `interval`; the rules do not depend on it). */
const MEASUREMENT_GAP_MS = 1_000;

async function analyse(
  prometheus: TestPrometheus,
  template: string,
  namespace: string,
  maxMeasurements = 4,
): Promise<Phase> {
  const metrics = readDist<Template>(ENV, 'api', 'AnalysisTemplate', template).spec.metrics;
  const measurements = new Map<string, Phase[]>(metrics.map((m) => [m.name, []]));
  const phase = (m: AnalysisMetricSpec) => metricPhase(m, measurements.get(m.name)!);
  for (let taken = 0; taken < maxMeasurements && !metrics.every((m) => isCompleted(phase(m))); taken++) {
    for (const metric of metrics.filter((m) => !isCompleted(phase(m)))) {
      const result = await prometheus.query(render(metric.provider.prometheus.query, namespace));
      measurements.get(metric.name)!.push(measurementPhase(metric, result));
    }
    await sleep(MEASUREMENT_GAP_MS);
  }
  return runPhase(metrics.map(phase));
}

/**
 * The production entry point in its own process (the in-process test apps share Sequelize's
 * model classes, so only one of them can own a database), reaching PostgreSQL through `pgbouncer`.
 */
async function startApiProcess(pgbouncerPort: number): Promise<{ url: string; child: ChildProcess }> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/index.ts'], {
    cwd: path.resolve(__dirname, '../..'),
    env: {
      PATH: process.env.PATH,
      NODE_ENV: 'production',
      HOST: '127.0.0.1',
      PORT: String(port),
      DATABASE_URL: await createTestDatabase({ pgbouncerPort }),
      REDIS_URL: process.env.TEST_REDIS_URL,
      REDIS_KEY_PREFIX: `test:api-${port}:`,
      JWT_SECRET: 'test-jwt-secret-that-is-long-enough-0123456789',
      PAYMENT_SANDBOX_SECRET: 'test-sandbox-secret-not-real',
      SHUTDOWN_DRAIN_MS: '0',
      LOG_LEVEL: 'silent',
    },
    stdio: 'ignore',
  });
  const url = `http://127.0.0.1:${port}`;
  await waitFor(async () => (await fetch(`${url}/readyz`)).ok, 30_000, 'the API process to be ready');
  return { url, child };
}

/**
 * What a shop under use produces: browsing (catalog cache hits and misses), carts, orders paid
 * on delivery, and a checkout that fails validation.
 */
async function shopTraffic(ctx: TestContext): Promise<void> {
  const product = await createProduct({ pricePaisa: 125_000, stock: 50 });
  for (let i = 0; i < 3; i++) {
    const cartId = await createCart(ctx.http, [{ productId: product.id, quantity: 1 + i }]);
    await checkout(ctx.http, cartId).expect(201);
  }
  await ctx.http.post('/api/v1/orders').send({ cartId: 'not-a-cart' }).expect(400);
}

describe('canary analysis: the AnalysisTemplates of dist/ on real Prometheus scraping the real API', () => {
  let healthy: TestContext;
  let idle: TestContext;
  let servers: Awaited<ReturnType<typeof listen>>[];
  let failing: { url: string; child: ChildProcess };
  let stable: { url: string; child: ChildProcess };
  let failingPgBouncer: TestPgBouncer;
  let prometheus: TestPrometheus;
  let traffic: Promise<void>;
  let running = true;

  beforeAll(async () => {
    failingPgBouncer = await TestPgBouncer.create(Number(process.env.TEST_PG_PORT));
    [failing, stable] = await Promise.all([
      startApiProcess(failingPgBouncer.port),
      startApiProcess(Number(process.env.TEST_PGBOUNCER_PORT)),
    ]);
    // Created last, so Sequelize's models are bound to the healthy app's database.
    idle = await createTestContext();
    healthy = await createTestContext();
    servers = await Promise.all([healthy, idle].map((ctx) => listen(ctx.app)));
    // The SLO records of the Rollout's namespace, which the SLO dashboard reads.
    const rules = readDist<PrometheusRule>(ENV, 'monitoring', 'PrometheusRule', 'dhakacart-shop');
    prometheus = await TestPrometheus.create(
      [
        { address: new URL(servers[0]!.url).host, labels: podLabels(HEALTHY) },
        { address: new URL(stable.url).host, labels: podLabels(HEALTHY, 'stable') },
        { address: new URL(failing.url).host, labels: podLabels('failing') },
        { address: new URL(servers[1]!.url).host, labels: podLabels('idle') },
      ],
      { ruleGroups: rules.spec.groups.filter((g) => g.name.startsWith('slo-')) },
    );
    // A canary that lost its database: every call that needs it answers 503.
    await failingPgBouncer.stop();
    await shopTraffic(healthy);
    const call = (url: string, init?: RequestInit) => fetch(url, init).then((res) => res.arrayBuffer());
    traffic = (async () => {
      while (running) {
        await Promise.all([
          call(`${servers[0]!.url}/api/v1/products?page=1`),
          call(`${servers[0]!.url}/api/v1/carts`, { method: 'POST' }),
          call(`${stable.url}/api/v1/products?page=1`),
          call(`${failing.url}/api/v1/carts`, { method: 'POST' }),
        ]);
        await sleep(50);
      }
    })();
    await prometheus.waitForScrapes(3);
    // Again once Prometheus has seen the counters, so their rates are not only zeros.
    await shopTraffic(healthy);
  });
  afterAll(async () => {
    running = false;
    await traffic;
    await prometheus?.destroy();
    await Promise.all((servers ?? []).map((server) => server.close()));
    await Promise.all([healthy, idle].map((ctx) => ctx?.close()));
    await Promise.all([failing, stable].map((api) => stopChild(api?.child, 'SIGKILL')));
    await failingPgBouncer?.destroy();
  });

  test('when the canary answers its traffic well, then the step analysis is successful', async () => {
    expect(await analyse(prometheus, 'api-step', HEALTHY)).toBe('Successful');
  });
  test('when the canary answers 5xx, then the step and background analyses fail', async () => {
    const [step, background] = await Promise.all([
      analyse(prometheus, 'api-step', 'failing'),
      analyse(prometheus, 'api-background', 'failing'),
    ]);

    expect({ step, background }).toEqual({ step: 'Failed', background: 'Failed' });
  });

  test('when the canary gets no traffic, then the step and background analyses are inconclusive, never successful', async () => {
    const [step, background] = await Promise.all([
      analyse(prometheus, 'api-step', 'idle'),
      analyse(prometheus, 'api-background', 'idle'),
    ]);

    expect({ step, background }).toEqual({ step: 'Inconclusive', background: 'Inconclusive' });
  });

  test('when the shop has served real traffic, then every dashboard query of the API series returns data', async () => {
    const queries = shippedDashboardQueries().filter(
      (q) => q.datasource === 'prometheus' && readsApiSeries(q.expr),
    );
    expect(queries.length).toBeGreaterThanOrEqual(20);

    const empty: string[] = [];
    for (const q of queries) {
      const samples = await prometheus.query(renderDashboardQuery(q.expr, HEALTHY));
      if (samples.length === 0) empty.push(`${q.name}: ${q.expr}`);
    }

    expect(empty).toEqual([]);
  });
});

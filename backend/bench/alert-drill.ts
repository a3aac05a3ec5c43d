/**
 * `npm run drill:alerts`: how long "the shop is down" takes to reach the on-call engineer, measured
 * on the real programs. Starts PostgreSQL, Redis and the API, and Debian's Prometheus, blackbox
 * exporter and Alertmanager on loopback, configured from what the repository ships: the rule
 * groups of the PrometheusRule objects in dist/, the API ServiceMonitor's and the Probe's
 * intervals, the blackbox module and the Alertmanager routing from the platform Applications in
 * argocd/production/platform/. Then, `--runs` times: kills the API and times the pages (Opsgenie requests)
 * at a local webhook receiver, restarts it and times the resolved notifications. Last, it cuts
 * the database under traffic, times the page that names it (ApiDatabaseUnreachable) and the
 * error-budget alert, and shows whether Alertmanager held the latter back behind the page that
 * explains it. Prints the figures; asserts nothing about time
 * (docs/alerting.md records them). The database rule group is left out: CloudNativePG's
 * exporter is not here.
 *
 * The only differences from the cluster: targets are loopback addresses, the receivers' secret
 * directory is a temporary one (the Slack URL in it points at the local receiver), and the
 * Opsgenie API host is the local receiver.
 *   Usage: npm run drill:alerts [-- --runs 3 --skip-database]
 */
import type { ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { parse, stringify } from 'yaml';
import { freePort, waitFor } from '../test/harness/ports';
import { prepareDatabase, Processes } from './processes';
import { TestPostgres } from '../test/harness/postgres';
import { TestRedis } from '../test/harness/redis';

const backendDir = path.resolve(__dirname, '..');
const root = path.resolve(backendDir, '..');
const ENV = 'production';
const USAGE = 'Usage: npm run drill:alerts [-- --runs <n ≥ 1> --skip-database]';

// Free-form YAML of the shipped objects; the drill reads the fields it knows exist.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Yaml = any;
const readYaml = (relative: string): Yaml => parse(readFileSync(path.join(root, relative), 'utf8'));
const helmValues = (app: string): Yaml =>
  readYaml(`argocd/production/platform/Application.${app}.yaml`).spec.source.helm.valuesObject;

function options() {
  const { values } = parseArgs({
    options: {
      runs: { type: 'string', default: '3' },
      'skip-database': { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const runs = Number(values.runs);
  if (!Number.isInteger(runs) || runs < 1)
    throw new Error(`--runs must be an integer ≥ 1 (got ${values.runs})\n${USAGE}`);
  return { runs, database: !values['skip-database'] };
}

/** What the repository ships for production monitoring. */
function shipped() {
  const ruleFiles = [`dist/${ENV}/monitoring`, `dist/cluster/${ENV}/monitoring`].flatMap((dir) =>
    readdirSync(path.join(root, dir))
      .filter((f) => f.startsWith('PrometheusRule.'))
      .map((f) => readYaml(`${dir}/${f}`)),
  );
  const probes = readdirSync(path.join(root, `dist/${ENV}/monitoring`))
    .filter((f) => f.startsWith('Probe.'))
    .map((f) => readYaml(`dist/${ENV}/monitoring/${f}`).spec);
  const serviceMonitor = readYaml(`dist/${ENV}/api/ServiceMonitor.api.yaml`);
  const stack = helmValues('kube-prometheus-stack');
  return {
    // CloudNativePG's exporter is not here: its group's absent() rule would fire all along.
    groups: ruleFiles.flatMap((r) => r.spec.groups).filter((g: Yaml) => g.name !== 'shop-database'),
    probes,
    serviceMonitor: {
      job: serviceMonitor.metadata.name,
      namespace: serviceMonitor.metadata.namespace,
      ...serviceMonitor.spec.endpoints[0],
    },
    blackbox: helmValues('prometheus-blackbox-exporter').config,
    alertmanager: stack.alertmanager.config,
    receiversDir: stack.alertmanager.alertmanagerSpec.volumeMounts[0].mountPath as string,
  };
}

interface Delivery {
  readonly at: number;
  readonly path: string;
  readonly body: Yaml;
}

/** The pager's and chat's stand-in: records every request with the time it arrived. */
function webhookReceiver(port: number): { server: Server; deliveries: Delivery[] } {
  const deliveries: Delivery[] = [];
  const server = createServer((req, res) => {
    let raw = '';
    req.on('data', (chunk: Buffer) => (raw += chunk.toString()));
    req.on('end', () => {
      const at = Date.now();
      let body: unknown = raw;
      try {
        body = JSON.parse(raw);
      } catch {
        // not JSON: keep the text
      }
      deliveries.push({ at, path: req.url ?? '', body });
      res
        .writeHead(202, { 'content-type': 'application/json' })
        .end('{"result":"Request will be processed"}');
    });
  });
  server.listen(port, '127.0.0.1');
  return { server, deliveries };
}

const processes = new Processes();
const children = processes.children;

function start(
  command: string,
  args: string[],
  options: { cwd?: string; env?: Record<string, string> } = {},
): ChildProcess {
  return processes.start(command, args, options);
}

const untilUp = (url: string, child: ChildProcess, what: string) => processes.untilUp(url, child, what);

function startApi(port: number, databaseUrl: string, redisUrl: string): ChildProcess {
  return start(process.execPath, ['--import', 'tsx', 'src/index.ts'], {
    cwd: backendDir,
    env: {
      NODE_ENV: 'production',
      HOST: '127.0.0.1',
      PORT: String(port),
      DATABASE_URL: databaseUrl,
      REDIS_URL: redisUrl,
      JWT_SECRET: 'drill-jwt-secret-that-is-long-enough-0123456789',
      PAYMENT_SANDBOX_SECRET: 'drill-sandbox-secret-not-real',
      LOG_LEVEL: 'warn',
    },
  });
}

/** Prometheus as the operator would configure it for the ServiceMonitor and the /api Probes. */
function prometheusConfig(
  s: ReturnType<typeof shipped>,
  ports: { api: number; blackbox: number; alertmanager: number },
) {
  const api = `http://127.0.0.1:${ports.api}`;
  const apiProbes = s.probes.filter((p) =>
    new URL(p.targets.staticConfig.static[0]).pathname.startsWith('/api/'),
  );
  return {
    global: { scrape_interval: '30s', evaluation_interval: '30s' },
    rule_files: ['rules.yaml'],
    alerting: { alertmanagers: [{ static_configs: [{ targets: [`127.0.0.1:${ports.alertmanager}`] }] }] },
    scrape_configs: [
      {
        job_name: s.serviceMonitor.job,
        scrape_interval: s.serviceMonitor.interval,
        metrics_path: s.serviceMonitor.path,
        static_configs: [
          {
            targets: [`127.0.0.1:${ports.api}`],
            labels: {
              namespace: s.serviceMonitor.namespace,
              service: 'api',
              endpoint: s.serviceMonitor.port,
              pod: 'api-drill',
              container: 'api',
              role: 'stable',
            },
          },
        ],
      },
      ...apiProbes.map((p, i) => ({
        job_name: `${p.jobName}-${i}`,
        scrape_interval: p.interval,
        scrape_timeout: p.scrapeTimeout,
        metrics_path: '/probe',
        params: { module: [p.module] },
        static_configs: [
          {
            targets: [api + new URL(p.targets.staticConfig.static[0]).pathname],
            labels: { job: p.jobName, ...p.targets.staticConfig.labels },
          },
        ],
        relabel_configs: [
          { source_labels: ['__address__'], target_label: '__param_target' },
          { source_labels: ['__param_target'], target_label: 'instance' },
          { target_label: '__address__', replacement: `127.0.0.1:${ports.blackbox}` },
        ],
      })),
    ],
  };
}

/** The shipped routing with loopback receivers: a temporary secrets directory and Opsgenie's host. */
function alertmanagerConfig(s: ReturnType<typeof shipped>, secretsDir: string, hook: string): string {
  const opsgenie = s.alertmanager.global.opsgenie_api_url as string;
  return stringify(
    JSON.parse(
      JSON.stringify(s.alertmanager)
        .replaceAll(s.receiversDir, secretsDir)
        .replaceAll(opsgenie, `${hook}/opsgenie/`),
    ),
  );
}

async function query(
  prometheus: string,
  promql: string,
): Promise<{ metric: Record<string, string>; value: [number, string] }[]> {
  const res = await fetch(`${prometheus}/api/v1/query?query=${encodeURIComponent(promql)}`);
  return ((await res.json()) as { data: { result: [] } }).data.result;
}

/** Opsgenie creates (`POST /v2/alerts`) and closes (`…/close`), by alert name from the message. */
function pages(deliveries: readonly Delivery[], since: number, kind: 'create' | 'close') {
  return deliveries.filter(
    (d) =>
      d.at >= since &&
      (kind === 'create'
        ? /\/opsgenie\/v2\/alerts$/.test(d.path)
        : /\/opsgenie\/v2\/alerts\/.+\/close/.test(d.path)),
  );
}

async function until<T>(what: string, timeoutMs: number, check: () => T | undefined): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`drill: ${what} did not happen within ${timeoutMs / 1000} s`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function untilAsync<T>(
  what: string,
  timeoutMs: number,
  check: () => Promise<T | undefined>,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`drill: ${what} did not happen within ${timeoutMs / 1000} s`);
    await new Promise((r) => setTimeout(r, 1_000));
  }
}

const seconds = (ms: number) => (ms / 1000).toFixed(1);

/** Light traffic on uncached routes, so the error ratio has a denominator. */
function traffic(api: string): () => void {
  let running = true;
  void (async () => {
    while (running) {
      await fetch(`${api}/api/v1/products?q=drill${Math.floor(Math.random() * 1e9)}`).catch(() => undefined);
      await new Promise((r) => setTimeout(r, 200));
    }
  })();
  return () => (running = false);
}

async function main() {
  const { runs, database } = options();
  const s = shipped();
  const work = mkdtempSync(path.join(os.tmpdir(), 'dhakacart-drill-'));
  const [postgres, redis] = await Promise.all([TestPostgres.create(), TestRedis.create()]);
  const ports = {
    api: await freePort(),
    blackbox: await freePort(),
    alertmanager: await freePort(),
    prometheus: await freePort(),
    hook: await freePort(),
  };
  const hook = `http://127.0.0.1:${ports.hook}`;
  const receiver = webhookReceiver(ports.hook);
  const prometheus = `http://127.0.0.1:${ports.prometheus}`;
  try {
    const databaseUrl = await prepareDatabase(postgres, 'drill');
    let api = startApi(ports.api, databaseUrl, redis.url);
    await untilUp(`http://127.0.0.1:${ports.api}/readyz`, api, 'the API');

    writeFileSync(path.join(work, 'blackbox.yaml'), stringify(s.blackbox));
    const blackbox = start('prometheus-blackbox-exporter', [
      `--config.file=${path.join(work, 'blackbox.yaml')}`,
      `--web.listen-address=127.0.0.1:${ports.blackbox}`,
    ]);

    const secretsDir = path.join(work, 'secrets');
    mkdirSync(secretsDir);
    writeFileSync(path.join(secretsDir, 'OPSGENIE_API_KEY'), 'drill-key');
    writeFileSync(path.join(secretsDir, 'SLACK_WEBHOOK_URL'), `${hook}/slack`);
    writeFileSync(path.join(work, 'alertmanager.yaml'), alertmanagerConfig(s, secretsDir, hook));
    const alertmanager = start('prometheus-alertmanager', [
      `--config.file=${path.join(work, 'alertmanager.yaml')}`,
      `--storage.path=${path.join(work, 'alertmanager')}`,
      `--web.listen-address=127.0.0.1:${ports.alertmanager}`,
      '--cluster.listen-address=',
    ]);

    writeFileSync(path.join(work, 'rules.yaml'), stringify({ groups: s.groups }));
    writeFileSync(path.join(work, 'prometheus.yaml'), stringify(prometheusConfig(s, ports)));
    const prometheusProcess = start('prometheus', [
      `--config.file=${path.join(work, 'prometheus.yaml')}`,
      `--storage.tsdb.path=${path.join(work, 'prometheus')}`,
      `--web.listen-address=127.0.0.1:${ports.prometheus}`,
    ]);
    await Promise.all([
      untilUp(`http://127.0.0.1:${ports.blackbox}/-/healthy`, blackbox, 'the blackbox exporter'),
      untilUp(`http://127.0.0.1:${ports.alertmanager}/-/ready`, alertmanager, 'Alertmanager'),
      untilUp(`${prometheus}/-/ready`, prometheusProcess, 'Prometheus'),
    ]);
    const stopTraffic = traffic(`http://127.0.0.1:${ports.api}`);
    const healthy = async () => {
      const up = await query(prometheus, `up{job="${s.serviceMonitor.job}"} == 1`);
      const probe = await query(prometheus, 'probe_success == 1');
      return up.length === 1 && probe.length >= 1;
    };
    await waitFor(healthy, 60_000, 'Prometheus seeing the API and the probe up');
    await until('the Watchdog heartbeat', 120_000, () =>
      receiver.deliveries.find((d) => d.path.includes('/heartbeats/')),
    );
    console.error('drill: all up, the Watchdog heartbeat arrives; starting');

    const rows: Record<string, string>[] = [];
    for (let run = 1; run <= runs; run++) {
      const killedAt = Date.now();
      api.kill('SIGKILL');
      const created = await until('the pages for the killed API', 120_000, () => {
        const got = pages(receiver.deliveries, killedAt, 'create');
        const names = new Set(got.map((d) => String(d.body.message).split(':')[0]));
        return names.has('ApiDown') && names.has('ShopUnreachable') ? got : undefined;
      });
      const first = (name: string) =>
        created.find((d) => String(d.body.message).startsWith(`${name}:`))!.at - killedAt;
      const restartedAt = Date.now();
      api = startApi(ports.api, databaseUrl, redis.url);
      await untilUp(`http://127.0.0.1:${ports.api}/readyz`, api, 'the API');
      const closed = await until('the resolved notifications', 120_000, () => {
        const got = pages(receiver.deliveries, restartedAt, 'close');
        return got.length >= 2 ? got : undefined;
      });
      rows.push({
        run: String(run),
        'ShopUnreachable paged (s)': seconds(first('ShopUnreachable')),
        'ApiDown paged (s)': seconds(first('ApiDown')),
        'resolved after restart (s)': seconds(Math.max(...closed.map((d) => d.at)) - restartedAt),
      });
      console.error(`drill: run ${run} done`);
      await waitFor(healthy, 60_000, 'the API scraped and probed again');
    }

    let databaseRow: Record<string, string> | undefined;
    if (database) {
      const cutAt = Date.now();
      await postgres.stop();
      const databasePage = await until(
        'the ApiDatabaseUnreachable page after the database cut',
        120_000,
        () =>
          pages(receiver.deliveries, cutAt, 'create').find((d) =>
            String(d.body.message).startsWith('ApiDatabaseUnreachable:'),
          ),
      );
      // The error-budget alert fires in Prometheus; Alertmanager may hold it back when a page
      // that explains it (ShopUnreachable) is already out: that is the inhibition working.
      const firedAt = await untilAsync(
        'ApiAvailabilityBudgetBurnFast firing after the database cut',
        300_000,
        async () =>
          (await query(prometheus, 'ALERTS{alertname="ApiAvailabilityBudgetBurnFast", alertstate="firing"}'))
            .length
            ? Date.now()
            : undefined,
      );
      await new Promise((r) => setTimeout(r, 10_000));
      const held = (
        (await (await fetch(`http://127.0.0.1:${ports.alertmanager}/api/v2/alerts`)).json()) as {
          labels: Record<string, string>;
          status: { state: string };
        }[]
      )
        .filter((a) => a.labels.alertname === 'ApiAvailabilityBudgetBurnFast')
        .map((a) => a.status.state);
      const order = pages(receiver.deliveries, cutAt, 'create').map(
        (d) => `${String(d.body.message).split(':')[0]} ${seconds(d.at - cutAt)} s`,
      );
      databaseRow = {
        'ApiDatabaseUnreachable paged (s)': seconds(databasePage.at - cutAt),
        'ApiAvailabilityBudgetBurnFast firing (s)': seconds(firedAt - cutAt),
        'its state in Alertmanager': held.join(', '),
        'pages sent': order.join('; '),
      };
    }
    stopTraffic();

    const cpu = os.cpus();
    console.log(
      `\nDhakaCart alert drill — ${cpu.length} × ${cpu[0]?.model ?? 'cpu'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`,
    );
    console.log(
      `shipped: API scrape ${s.serviceMonitor.interval}, probe ${s.probes[0].interval} (timeout ${s.probes[0].scrapeTimeout}), ` +
        `availability rules every ${s.groups.find((g: Yaml) => g.name === 'shop-availability').interval}, ` +
        `page group_wait ${s.alertmanager.route.routes.find((r: Yaml) => r.receiver === 'pager').group_wait}`,
    );
    console.log('API killed (SIGKILL) → Opsgenie request at the local receiver:');
    console.table(rows);
    if (databaseRow) {
      console.log('Database stopped under ~5 requests/s of uncached traffic:');
      console.table([databaseRow]);
    }
  } finally {
    for (const child of children) child.kill('SIGKILL');
    receiver.server.close();
    await Promise.allSettled([postgres.stop(), redis.stop()]);
    rmSync(work, { recursive: true, force: true });
  }
}

main().catch((error: Error) => {
  console.error(error.message);
  process.exitCode = 1;
});

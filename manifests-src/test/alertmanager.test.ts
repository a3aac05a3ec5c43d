import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { RECEIVERS_DIR, receiverSecretKeys } from '../src/argocd/values/alertmanager';
import { ENV_NAMES } from '../src/config/schema';
import { paths, ROOT } from './helpers/repository';
import { alertsOf, shippedRules } from './helpers/rules';

/** Debian's prometheus-alertmanager package (scripts/install-test-deps.sh). */
const AMTOOL = process.env.AMTOOL ?? 'amtool';
const ALERTMANAGER = process.env.ALERTMANAGER ?? 'prometheus-alertmanager';

/** The configuration as shipped: the kube-prometheus-stack Application's `alertmanager.config`. */
function shippedConfig(): Record<string, unknown> {
  const app = parse(
    readFileSync(join(ROOT, 'argocd/production/platform/Application.kube-prometheus-stack.yaml'), 'utf8'),
  );
  return app.spec.source.helm.valuesObject.alertmanager.config;
}

const dir = mkdtempSync(join(tmpdir(), 'dhakacart-alertmanager-'));
const configFile = join(dir, 'alertmanager.yaml');
writeFileSync(configFile, stringify(shippedConfig()));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function amtool(...args: string[]) {
  const run = spawnSync(AMTOOL, args, { encoding: 'utf8' });
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

/** `amtool config routes test` of an alert with these labels, optionally verifying the receivers. */
function routeTest(labels: Record<string, string>, verify?: string) {
  const args = Object.entries(labels).map(([k, v]) => `${k}=${v}`);
  return amtool(
    'config',
    'routes',
    'test',
    `--config.file=${configFile}`,
    ...(verify === undefined ? [] : [`--verify.receivers=${verify}`]),
    ...args,
  );
}

/** Which receivers an alert must reach, by its labels: the routing policy docs/alerting.md states. */
function expectedReceivers(labels: Record<string, string>): string {
  if (labels.alertname === 'Watchdog') return 'deadmans-switch';
  if (labels.environment === 'staging') return 'chat-staging';
  const chat = `chat-${labels.team}`;
  return labels.severity === 'critical' ? `pager,${chat}` : chat;
}

describe('Alertmanager configuration', () => {
  it('when amtool checks the shipped configuration, then it is valid', () => {
    const result = amtool('check-config', configFile);
    expect(result.output).toContain('SUCCESS');
    expect(result.status).toBe(0);
  });

  it('when every shipped alert is routed by amtool, then it reaches the receivers its severity, team and environment call for', () => {
    const wrong = alertsOf(shippedRules()).flatMap((a) => {
      const environment = a.path.split('/')[1];
      const labels = {
        alertname: a.alert!,
        namespace: environment === 'staging' ? 'dhakacart-staging' : 'dhakacart',
        ...a.labels,
      };
      const want = expectedReceivers(labels);
      const result = routeTest(labels, want);
      return result.status === 0 ? [] : [`${a.path} ${a.alert}: wanted ${want}, got ${result.output.trim()}`];
    });
    expect(wrong).toEqual([]);
  });

  it("when an alert of the chart's own rules comes from staging's Prometheus, then its external label keeps it off the pager", () => {
    const staging = parse(
      readFileSync(join(ROOT, 'argocd/staging/platform/Application.kube-prometheus-stack.yaml'), 'utf8'),
    ).spec.source.helm.valuesObject.prometheus.prometheusSpec.externalLabels as Record<string, string>;
    expect(staging).toEqual({ environment: 'staging' });
    const labels = { alertname: 'KubeletDown', severity: 'critical', namespace: 'kube-system', ...staging };
    expect(routeTest(labels, 'chat-staging').status).toBe(0);
  });

  it("when the staging cluster's alerts are routed, then none reaches the pager (staging never pages)", () => {
    const staging = alertsOf(shippedRules()).filter(
      (a) => a.path.startsWith('dist/staging/') || a.path.startsWith('dist/cluster/staging/'),
    );
    expect(staging.some((a) => a.path.startsWith('dist/cluster/staging/'))).toBe(true);
    const paging = staging.flatMap((a) => {
      const result = routeTest({ alertname: a.alert!, ...a.labels });
      return result.output.split(/[\s,]+/).includes('pager') ? [`${a.path} ${a.alert}`] : [];
    });
    expect(paging).toEqual([]);
  });

  it('when amtool is asked to verify a wrong receiver, then it fails (the routing test can fail)', () => {
    const result = amtool(
      'config',
      'routes',
      'test',
      `--config.file=${configFile}`,
      '--verify.receivers=pager',
      'alertname=Watchdog',
      'severity=none',
    );
    expect(result.status).not.toBe(0);
  });

  it('when the configuration is read, then every credential is a file of the sealed receivers secret, and no value is inline', () => {
    const text = stringify(shippedConfig());
    const files = [...text.matchAll(/_file: (\S+)/g)].map((m) => m[1]!);
    expect(files.length).toBeGreaterThanOrEqual(3);
    for (const env of ENV_NAMES) {
      const sealed = JSON.parse(
        readFileSync(join(paths.sealed, env, 'monitoring/alertmanager-receivers.json'), 'utf8'),
      );
      expect(
        files.filter(
          (f) => !f.startsWith(`${RECEIVERS_DIR}/`) || !(f.split('/').pop()! in sealed.encryptedData),
        ),
      ).toEqual([]);
      expect(Object.keys(sealed.encryptedData).sort()).toEqual([...receiverSecretKeys].sort());
    }
    expect(text).not.toMatch(/\b(api_url|api_key|routing_key|service_key|credentials|url_secret):/);
  });
});

describe('Alertmanager running the shipped configuration', () => {
  let alertmanager: ChildProcess;
  let base: string;

  beforeAll(async () => {
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    // The receivers' secret files do not exist here, as before the SealedSecret is unsealed.
    alertmanager = spawn(ALERTMANAGER, [
      `--config.file=${configFile}`,
      `--storage.path=${join(dir, 'data')}`,
      `--web.listen-address=127.0.0.1:${port}`,
      '--cluster.listen-address=',
    ]);
    await until(async () => (await fetch(`${base}/-/ready`)).ok);
  });
  // Alertmanager writes its notification log and silences on the way out: wait for it, or the
  // removal of its folder races with those writes.
  afterAll(async () => {
    if (!alertmanager || alertmanager.exitCode !== null) return;
    const exited = new Promise((resolve) => alertmanager.once('exit', resolve));
    alertmanager.kill('SIGTERM');
    await exited;
  });

  // No startsAt: Alertmanager stamps its own clock, so the test reads no wall clock of its own.
  const alert = (alertname: string, labels: Record<string, string>) => ({
    labels: { alertname, environment: 'production', team: 'shop', ...labels },
    annotations: { summary: alertname },
  });

  const post = (alerts: object[]) =>
    fetch(`${base}/api/v2/alerts`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(alerts),
    });
  /** `<namespace> <alertname> <state>` of every alert Alertmanager holds, once it has processed them all. */
  const state = async () => {
    const read = async () => {
      const alerts = (await (await fetch(`${base}/api/v2/alerts`)).json()) as {
        labels: Record<string, string>;
        status: { state: string };
      }[];
      return alerts.map((a) => `${a.labels.namespace} ${a.labels.alertname} ${a.status.state}`).sort();
    };
    await until(async () => (await read()).every((s) => !s.endsWith('unprocessed')));
    return read();
  };

  it("when the shop is unreachable, then its own symptom alerts are inhibited, and another namespace's are not", async () => {
    const posted = await post([
      alert('ShopUnreachable', { namespace: 'dhakacart', severity: 'critical', probe: 'storefront' }),
      alert('ApiAvailabilityBudgetBurnFast', { namespace: 'dhakacart', severity: 'critical' }),
      alert('CheckoutFailuresHigh', { namespace: 'dhakacart', severity: 'warning', reason: 'unavailable' }),
      alert('CheckoutFailuresHigh', {
        namespace: 'dhakacart-staging',
        environment: 'staging',
        severity: 'warning',
        reason: 'unavailable',
      }),
    ]);
    expect(posted.status).toBe(200);
    expect(await state()).toEqual([
      'dhakacart ApiAvailabilityBudgetBurnFast suppressed',
      'dhakacart CheckoutFailuresHigh suppressed',
      'dhakacart ShopUnreachable active',
      'dhakacart-staging CheckoutFailuresHigh active',
    ]);
  });

  it('when no API pod reaches the database, then the unready pods and the budget burn it causes are inhibited', async () => {
    const ns = { namespace: 'dhakacart-other', severity: 'critical' };
    const posted = await post([
      alert('ApiDatabaseUnreachable', ns),
      alert('ApiNoReadyPods', ns),
      alert('ApiAvailabilityBudgetBurnFast', ns),
    ]);
    expect(posted.status).toBe(200);
    expect((await state()).filter((s) => s.startsWith('dhakacart-other '))).toEqual([
      'dhakacart-other ApiAvailabilityBudgetBurnFast suppressed',
      'dhakacart-other ApiDatabaseUnreachable active',
      'dhakacart-other ApiNoReadyPods suppressed',
    ]);
  });
});

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

async function until(check: () => Promise<boolean>, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      if (await check()) return;
    } catch {
      // not up yet
    }
    if (Date.now() > deadline) throw new Error(`not ready after ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

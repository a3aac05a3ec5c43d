import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Client } from 'pg';
import { parse } from 'yaml';
import {
  analyseLogQL,
  interpolate,
  runbookQueries,
  GRAFANA_VARIABLES,
} from '../../../manifests-src/src/logs/logql-check';
import { alloySyntax, objectValue, stringValue } from '../../../manifests-src/test/helpers/alloy-syntax';
import { stopChild } from '../../test/harness/processes';
import { createTestDatabase } from '../../test/harness/context';
import { freePort, waitFor } from '../../test/harness/ports';

/**
 * The API's real log output, as Loki and Alloy would get it: the production entry point in its
 * own process on real PostgreSQL and Redis, its stdout read line by line after real requests.
 * Loki, Grafana and Alloy cannot run here, so their side is what ships: the Logs dashboard's
 * LogQL from its ConfigMap in dist/, the runbooks' `logql` blocks, and Alloy's drop stages from
 * argocd/production/platform/Application.alloy.yaml.
 */
const backendDir = path.resolve(__dirname, '../..');
const root = path.resolve(backendDir, '..');

const PHONE_LOCAL = '01712345678';
const PHONE_INTL = '+8801812345678';
const EMAIL = 'rahim.logs@example.com';
const PASSWORD = 'correct-horse-battery-staple';
const ADMIN = { email: 'ops.admin@example.com', password: 'admin-password-not-real-0123' };
const REQUEST_ID = 'logs-test-request-0001';

interface Line extends Record<string, unknown> {
  msg?: string;
}

/** Loki's `| json`: nested keys joined with `_`, arrays skipped, names sanitized (Loki docs, "json" parser). */
function lokiJsonFields(value: Record<string, unknown>, prefix = ''): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(value).flatMap(([key, v]) => {
      const name = `${prefix}${key.replace(/[^A-Za-z0-9_]/g, '_')}`;
      if (Array.isArray(v)) return [];
      if (v !== null && typeof v === 'object')
        return Object.entries(lokiJsonFields(v as Record<string, unknown>, `${name}_`));
      return [[name, v]];
    }),
  );
}

function shippedLogQueries(): { where: string; expr: string }[] {
  const map = parse(
    readFileSync(path.join(root, 'dist/cluster/production/monitoring/ConfigMap.dhakacart-logs.yaml'), 'utf8'),
  ) as { data: Record<string, string> };
  const dashboard = JSON.parse(Object.values(map.data)[0] ?? '{}') as {
    panels: { title: string; datasource: { type: string }; targets: { expr: string }[] }[];
  };
  return [
    ...dashboard.panels
      .filter((p) => p.datasource.type === 'loki')
      .flatMap((p) => p.targets.map((t) => ({ where: p.title, expr: t.expr }))),
    ...runbookQueries(path.join(root, 'docs/runbooks')).map((q) => ({ where: q.file, expr: q.expr })),
  ];
}

/**
 * Which lines Alloy's pipeline drops: its stages read by Alloy's parser, stage.json's paths
 * resolved as stages/json.go does for plain dotted JMESPath, and each stage.drop's expression
 * matched by Go's RE2 as stages/drop.go does (on the line, or on the extracted value when
 * `source` is set; a line without that value is kept).
 */
function alloyDropped(lines: readonly string[]): boolean[] {
  const app = parse(
    readFileSync(path.join(root, 'argocd/production/platform/Application.alloy.yaml'), 'utf8'),
  ) as {
    spec: { source: { helm: { valuesObject: { alloy: { configMap: { content: string } } } } } };
  };
  const syntax = alloySyntax(root);
  const process = syntax
    .parse(app.spec.source.helm.valuesObject.alloy.configMap.content)
    .find((b) => b.name === 'loki.process');
  if (!process) throw new Error('no loki.process in the Alloy config');
  const extracted = lines.map(() => ({}) as Record<string, string>);
  const dropped = lines.map(() => false);
  for (const stage of process.blocks) {
    if (stage.name === 'stage.json') {
      lines.forEach((line, i) => {
        let parsed: unknown;
        try {
          parsed = JSON.parse(line);
        } catch {
          return;
        }
        for (const [name, jmes] of Object.entries(objectValue(stage.attributes.expressions))) {
          const value = (jmes || name)
            .split('.')
            .reduce<unknown>(
              (v, k) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[k] : undefined),
              parsed,
            );
          if (value !== undefined) extracted[i]![name] = String(value);
        }
      });
    }
    if (stage.name === 'stage.drop') {
      const expression = stringValue(stage.attributes.expression);
      const source = stage.attributes.source ? stringValue(stage.attributes.source) : '';
      const subjects = lines.map((line, i) => (source ? extracted[i]![source] : line));
      const matched = syntax.re2(
        expression,
        subjects.map((s) => s ?? ''),
      );
      subjects.forEach((subject, i) => {
        if (subject !== undefined && matched[i]) dropped[i] = true;
      });
    }
  }
  return dropped;
}

describe('the API log lines Loki queries read (the real server in its own process)', () => {
  let server: ChildProcess;
  let base: string;
  let databaseUrl: string;
  let output = '';
  const tokens: string[] = [];
  let lines: Line[] = [];
  let rawLines: string[] = [];

  beforeAll(async () => {
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    databaseUrl = await createTestDatabase({ statementTimeoutMs: 1_000 });
    server = spawn(process.execPath, ['--import', 'tsx', 'src/index.ts'], {
      cwd: backendDir,
      env: {
        PATH: process.env.PATH,
        NODE_ENV: 'production',
        HOST: '127.0.0.1',
        PORT: String(port),
        DATABASE_URL: databaseUrl,
        DATABASE_STATEMENT_TIMEOUT_MS: '1000',
        REDIS_URL: process.env.TEST_REDIS_URL,
        JWT_SECRET: 'test-jwt-secret-that-is-long-enough-0123456789',
        PAYMENT_SANDBOX_SECRET: 'test-sandbox-secret-not-real',
        ADMIN_EMAIL: ADMIN.email,
        ADMIN_PASSWORD: ADMIN.password,
        SHUTDOWN_DRAIN_MS: '0',
        LOG_LEVEL: 'info',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    server.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    server.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    await waitFor(
      async () => (await fetch(`${base}/readyz`).catch(() => undefined))?.status === 200,
      30_000,
      'the API to be ready',
    ).catch((error: Error) => {
      throw new Error(`${error.message}\n${output}`);
    });

    const call = (p: string, init: RequestInit = {}) =>
      fetch(`${base}${p}`, {
        ...init,
        headers: { 'Content-Type': 'application/json', ...(init.headers as Record<string, string>) },
      });
    const json = async (res: Response) => (await res.json()) as { data: Record<string, unknown> };

    // 200s, 404, 401, a validation 400, health checks (one as the kubelet sends it).
    await call('/api/v1/categories');
    const products = (await json(await call('/api/v1/products'))).data as unknown as { id: number }[];
    await call('/api/v1/products/no-such-product');
    await call('/health');
    await call('/health', { headers: { 'User-Agent': 'kube-probe/1.35' } });
    await call('/healthz', { headers: { 'User-Agent': 'kube-probe/1.35' } });
    // Register, log in, refresh, read the account: phone, e-mail, password and tokens in bodies and headers.
    const registered = await json(
      await call('/api/v1/auth/register', {
        method: 'POST',
        body: JSON.stringify({ name: 'Rahim Uddin', email: EMAIL, password: PASSWORD, phone: PHONE_INTL }),
      }),
    );
    await call('/api/v1/auth/register', {
      method: 'POST',
      body: JSON.stringify({ name: 'Rahim Uddin', email: EMAIL, password: 'short', phone: PHONE_LOCAL }),
    });
    const session = registered.data as { accessToken: string; refreshToken: string };
    tokens.push(session.accessToken, session.refreshToken);
    await call('/api/v1/auth/login', {
      method: 'POST',
      body: JSON.stringify({ email: EMAIL, password: 'wrong-password-123' }),
    });
    const refreshed = await json(
      await call('/api/v1/auth/refresh', {
        method: 'POST',
        body: JSON.stringify({ refreshToken: session.refreshToken }),
      }),
    );
    tokens.push(String((refreshed.data as { accessToken?: string }).accessToken ?? ''));
    await call('/api/v1/me', {
      headers: { Authorization: `Bearer ${session.accessToken}`, 'X-Request-Id': REQUEST_ID },
    });
    // A cash-on-delivery checkout with phone and address.
    const cart = await json(await call('/api/v1/carts', { method: 'POST' }));
    const cartId = String(cart.data.id);
    await call(`/api/v1/carts/${cartId}/items`, {
      method: 'POST',
      body: JSON.stringify({ productId: products[0]?.id, quantity: 1 }),
    });
    await call('/api/v1/orders', {
      method: 'POST',
      headers: { 'Idempotency-Key': '6f0c6b1e-9a43-4b5e-8a57-2f1f5e0c1d11' },
      body: JSON.stringify({
        cartId,
        customer: { name: 'Rahim Uddin', phone: PHONE_LOCAL, email: EMAIL },
        delivery: { area: 'dhanmondi', address: 'House 12, Road 5, Dhanmondi' },
        paymentMethod: 'cash_on_delivery',
      }),
    });
    // Slow, then a 5xx: the customers table locked past the API's 1 s statement timeout. At 1.5 s the
    // waiting statement is cancelled as well (the same error, 57014), for the runs under libfaketime, where
    // PostgreSQL's timers never fire (scripts/test-any-hour.sh); at the real time the timeout came first.
    const locker = new Client({ connectionString: databaseUrl });
    await locker.connect();
    await locker.query('BEGIN; LOCK TABLE customers IN ACCESS EXCLUSIVE MODE');
    const slowLogin = call('/api/v1/auth/login', {
      method: 'POST',
      body: JSON.stringify({ email: EMAIL, password: PASSWORD }),
    });
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    const canceller = new Client({ connectionString: databaseUrl });
    await canceller.connect();
    await canceller.query(
      "SELECT pg_cancel_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'",
    );
    await canceller.end();
    await slowLogin;
    await locker.query('ROLLBACK');
    await locker.end();

    await stopChild(server, 'SIGTERM');
    rawLines = output.split('\n').filter((l) => l.trim() !== '');
    lines = rawLines.map((l) => {
      try {
        return JSON.parse(l) as Line;
      } catch {
        throw new Error(`stdout has a line that is not JSON: ${l}`);
      }
    });
  }, 90_000);

  afterAll(async () => {
    await stopChild(server, 'SIGKILL');
  });

  const requestLines = () => lines.filter((l) => typeof l.route === 'string');
  const fieldsWritten = () => new Set(lines.flatMap((l) => Object.keys(lokiJsonFields(l))));

  it('when the requests are made, then the API writes one JSON line per request, with 2xx, 4xx, 5xx and a slow one', () => {
    const statuses = requestLines().map((l) => Number((l.res as { statusCode: number }).statusCode));
    expect(statuses).toEqual(expect.arrayContaining([200, 201, 400, 401, 404]));
    expect(statuses.some((s) => s >= 500)).toBe(true);
    expect(requestLines().some((l) => Number(l.responseTime) > 500)).toBe(true);
    expect(lines.some((l) => typeof (l.err as { message?: unknown } | undefined)?.message === 'string')).toBe(
      true,
    );
  });

  it('when every shipped LogQL query is read, then each field it filters, unwraps, groups or prints is one the API writes', () => {
    const queries = shippedLogQueries();
    expect(queries.length).toBeGreaterThanOrEqual(10);
    const alloyLabels = ['namespace', 'pod', 'container', 'app', 'level'];
    const lokiOwn = ['__error__', '__error_details__'];
    const written = fieldsWritten();
    const missing = queries.flatMap(({ where, expr }) =>
      analyseLogQL(interpolate(expr, GRAFANA_VARIABLES))
        .fields.filter((f) => !alloyLabels.includes(f) && !lokiOwn.includes(f) && !written.has(f))
        .map((f) => `${where}: ${f}`),
    );
    expect(missing).toEqual([]);
  });

  it('when a shipped query matches a route by name, then the API writes that route', () => {
    const routes = new Set(requestLines().map((l) => l.route));
    const named = shippedLogQueries().flatMap(({ expr }) =>
      analyseLogQL(interpolate(expr, GRAFANA_VARIABLES)).fieldEquals.filter((m) => m.field === 'route'),
    );
    expect(named.length).toBeGreaterThan(0);
    expect(named.filter((m) => !routes.has(m.value))).toEqual([]);
  });

  it('when the request id is searched, then the line of that request carries it as req_id', () => {
    const mine = lines.filter((l) => lokiJsonFields(l).req_id === REQUEST_ID);
    expect(mine.map((l) => l.route)).toEqual(['/api/v1/me']);
  });

  it("when Alloy's drop stages read the lines, then health checks are dropped and nothing else", () => {
    const dropped = alloyDropped(rawLines);
    const isHealth = (l: string) => /"url":"\/health"/.test(l);
    const health = rawLines.filter(isHealth);
    const requests = rawLines.filter((l) => /"route":/.test(l) && !isHealth(l));
    expect(health.length).toBe(2);
    expect(requests.length).toBeGreaterThan(8);
    expect(rawLines.filter((l, i) => isHealth(l) && !dropped[i])).toEqual([]);
    expect(rawLines.filter((l, i) => !isHealth(l) && dropped[i])).toEqual([]);
  });

  it('when every line is searched, then no phone number, e-mail, password, token or Authorization header is there', () => {
    const secrets = [PASSWORD, ADMIN.password, ...tokens.filter(Boolean)];
    const leaks = rawLines.filter(
      (l) =>
        /(?:\+?88)?01[3-9]\d{8}/.test(l) ||
        /[\w.+-]+@[\w-]+\.[\w.-]+/.test(l) ||
        /Bearer\s|eyJ[\w-]+\.[\w-]+\./.test(l) ||
        secrets.some((s) => l.includes(s)),
    );
    expect(secrets.length).toBeGreaterThanOrEqual(4);
    expect(leaks).toEqual([]);
  });
});

import { spawn, type ChildProcess } from 'node:child_process';
import { freePort, waitFor } from '../../../backend/test/harness/ports';
import { stopChild } from '../../../backend/test/harness/processes';
import { repoRoot } from './paths';

/** Obviously fake credentials for the throwaway test stack. */
export const E2E_ADMIN = { email: 'admin@e2e.dhakacart.invalid', password: 'e2e-admin-password-not-real' };

export interface ApiEnv {
  databaseUrl: string;
  redisUrl: string;
}

function envFor(api: ApiEnv, port?: number): NodeJS.ProcessEnv {
  return {
    ...process.env,
    NODE_ENV: 'production',
    LOG_LEVEL: process.env.E2E_API_LOG_LEVEL ?? 'warn',
    HOST: '127.0.0.1',
    ...(port ? { PORT: String(port) } : {}),
    DATABASE_URL: api.databaseUrl,
    REDIS_URL: api.redisUrl,
    JWT_SECRET: 'e2e-jwt-secret-that-is-long-enough-0123456789',
    ADMIN_EMAIL: E2E_ADMIN.email,
    ADMIN_PASSWORD: E2E_ADMIN.password,
    PAYMENT_SANDBOX_SECRET: 'e2e-payment-sandbox-secret',
    TRUST_PROXY: '1',
    SHUTDOWN_DRAIN_MS: '0',
  };
}

function npm(args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn('npm', args, { cwd: repoRoot, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('error', reject);
    child.once('close', (code) =>
      code === 0 ? resolve() : reject(new Error(`npm ${args.join(' ')} exited ${code}:\n${output}`)),
    );
  });
}

/** Migrates and seeds through the backend's own commands, as an operator would. */
export async function prepareDatabase(api: ApiEnv): Promise<void> {
  const env = envFor(api);
  await npm(['run', 'migrate', '-w', 'backend', '--', 'up'], env);
  await npm(['run', 'seed', '-w', 'backend'], env);
}

export interface RunningApi {
  url: string;
  port: number;
  stop(): Promise<void>;
}

/** The real API process (backend/src/index.ts), configured only by environment variables. */
export async function startApi(api: ApiEnv): Promise<RunningApi> {
  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'backend/src/index.ts'], {
    cwd: repoRoot,
    env: envFor(api, port),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  const keep = (chunk: Buffer) => (log = (log + chunk.toString()).slice(-8000));
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const url = `http://127.0.0.1:${port}`;
  await waitFor(
    async () => {
      if (child.exitCode !== null) throw new Error(`API exited ${child.exitCode}:\n${log}`);
      return (await fetch(`${url}/readyz`)).ok;
    },
    60_000,
    `the API on port ${port}`,
  ).catch((error: Error) => {
    child.kill('SIGKILL');
    throw new Error(`${error.message}\n${log}`);
  });
  return { url, port, stop: () => stopChild(child, 'SIGTERM', 10_000) };
}

import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { freePort, waitFor } from '../../../backend/test/harness/ports';
import { stopChild } from '../../../backend/test/harness/processes';
import { frontendDir } from './paths';

export interface NginxTemplateOptions {
  port: number;
  /** host:port nginx proxies /api to; a name is resolved per request through `resolver`. */
  apiUpstream: string;
  root: string;
  workDir: string;
  runAsRoot: boolean;
}

function replaceOnce(text: string, from: string, to: string): string {
  const count = text.split(from).length - 1;
  if (count !== 1) throw new Error(`nginx.conf: expected "${from}" once, found it ${count} times`);
  return text.replace(from, to);
}

/**
 * The repository's nginx.conf with only what differs on a test machine changed: ports,
 * the API upstream, the document root and where nginx writes. Everything else (headers,
 * caching, SPA fallback, gzip, proxying) is exactly what production serves.
 */
export function templateNginxConf(source: string, options: NginxTemplateOptions): string {
  let conf = source;
  conf = replaceOnce(conf, 'pid /tmp/nginx.pid;\n', '');
  // First, before any inserted path (the work dir itself may live under /tmp).
  conf = conf.replaceAll(' /tmp/', ` ${options.workDir}/`);
  conf = replaceOnce(conf, 'listen 8080;', `listen 127.0.0.1:${options.port};`);
  conf = replaceOnce(conf, 'set $api_upstream api:3000;', `set $api_upstream ${options.apiUpstream};`);
  conf = replaceOnce(conf, 'root /usr/share/nginx/html;', `root ${options.root};`);
  conf = replaceOnce(conf, 'error_log /dev/stderr warn;', `error_log ${options.workDir}/error.log warn;`);
  conf = replaceOnce(conf, 'access_log /dev/stdout main;', `access_log ${options.workDir}/access.log main;`);
  conf = replaceOnce(conf, 'worker_processes auto;', 'worker_processes 1;');
  // Debian's nginx started by root would run its workers as "nobody"; the test copy keeps root.
  return options.runAsRoot ? `user root;\n${conf}` : conf;
}

export interface RunningNginx {
  url: string;
  port: number;
  workDir: string;
  stop(): Promise<void>;
}

export interface NginxOptions {
  /** host:port of the API, e.g. `127.0.0.1:3000` or `api:3000`. */
  apiUpstream: string;
  /**
   * The `resolver` the image's entrypoint would write from /etc/resolv.conf; here one that
   * may carry a port. @default 127.0.0.1 (unused when the upstream is an address)
   */
  resolver?: string;
}

export async function startNginx(root: string, options: NginxOptions): Promise<RunningNginx> {
  const binary = existsSync('/usr/sbin/nginx') ? '/usr/sbin/nginx' : 'nginx';
  const workDir = await mkdtemp(path.join(tmpdir(), 'dhakacart-nginx-'));
  const port = await freePort();
  const source = await readFile(path.join(frontendDir, 'nginx.conf'), 'utf8');
  const confPath = path.join(workDir, 'nginx.conf');
  await writeFile(
    confPath,
    templateNginxConf(source, {
      port,
      apiUpstream: options.apiUpstream,
      root,
      workDir,
      runAsRoot: process.getuid?.() === 0,
    }),
  );
  // Short validity so a test sees a name appear within a second.
  await writeFile(
    path.join(workDir, 'nginx-resolver.conf'),
    `resolver ${options.resolver ?? '127.0.0.1'} valid=1s ipv6=off;\n`,
  );
  const child: ChildProcess = spawn(
    binary,
    [
      '-p',
      workDir,
      '-c',
      confPath,
      '-e',
      `${workDir}/error.log`,
      '-g',
      `daemon off; pid ${workDir}/nginx.pid;`,
    ],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  let log = '';
  child.stderr?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  const url = `http://127.0.0.1:${port}`;
  await waitFor(
    async () => {
      if (child.exitCode !== null) {
        const errors = await readFile(`${workDir}/error.log`, 'utf8').catch(() => '');
        throw new Error(`nginx exited ${child.exitCode}: ${log}${errors}`);
      }
      return (await fetch(`${url}/healthz`)).ok;
    },
    10_000,
    `nginx on port ${port}`,
  ).catch(async (error: Error) => {
    await stopChild(child, 'SIGKILL', 1_000);
    throw error;
  });
  return {
    url,
    port,
    workDir,
    async stop() {
      await stopChild(child, 'SIGTERM', 5_000);
      await rm(workDir, { recursive: true, force: true });
    },
  };
}

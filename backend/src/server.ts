import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { createApp } from './app';
import { closeDeps, type AppDeps } from './deps';

export interface RunningServer {
  server: Server;
  url: string;
  /** Drain, stop accepting, finish in-flight requests, close pools. Bounded by the shutdown timeout. */
  shutdown(reason: string): Promise<void>;
}

export async function startServer(deps: AppDeps): Promise<RunningServer> {
  const { app } = createApp(deps);
  const server = createServer(app);
  // Longer than a load balancer's idle timeout, so the balancer closes idle connections first.
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;
  server.requestTimeout = 30_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(deps.config.port, deps.config.host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const host = deps.config.host === '0.0.0.0' ? '127.0.0.1' : deps.config.host;
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;

  let shuttingDown: Promise<void> | undefined;
  const shutdown = (reason: string) => {
    shuttingDown ??= drainAndClose(deps, server, reason);
    return shuttingDown;
  };
  return { server, url, shutdown };
}

async function drainAndClose(deps: AppDeps, server: Server, reason: string): Promise<void> {
  const { drainMs, timeoutMs } = deps.config.shutdown;
  const log = deps.logger.child({ reason });
  const deadline = setTimeout(() => {
    log.error({ timeoutMs }, 'shutdown timed out; closing remaining connections');
    server.closeAllConnections();
  }, timeoutMs);
  deadline.unref();

  deps.lifecycle.draining = true;
  log.info({ drainMs }, 'draining: readiness now fails, still serving');
  await sleep(drainMs);

  log.info('no longer accepting connections; finishing in-flight requests');
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  server.closeIdleConnections();
  await closed;
  clearTimeout(deadline);
  await closeDeps(deps);
  log.info('shutdown complete');
}

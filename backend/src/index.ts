import { ConfigError, loadConfig, type Config } from './config';
import { connectDeps, createDeps } from './deps';
import { createLogger, stdoutDestination, type Logger } from './lib/logger';
import { ensureAdmin } from './modules/customers';
import { scheduleIdempotencyPurge } from './modules/orders';
import { startServer, type RunningServer } from './server';

/** config → connect → listen → graceful shutdown on SIGTERM/SIGINT. */
export async function run(config: Config, logger: Logger, databaseUrl?: string): Promise<RunningServer> {
  const deps = createDeps(config, logger, databaseUrl);
  await connectDeps(deps);
  if (!deps.redis) logger.warn('REDIS_URL is not set: cache and rate limits run in-process (local use only)');
  if (config.auth.jwtSecretGenerated)
    logger.warn('JWT_SECRET is not set: using a random secret; sessions end at restart');
  if (config.admin) await ensureAdmin(deps, config.admin);
  const stopPurge = scheduleIdempotencyPurge(deps.repositories.idempotencyKeys, logger);
  const running = await startServer(deps);
  logger.info({ url: running.url }, 'DhakaCart API listening');

  const onSignal = (signal: NodeJS.Signals) => {
    stopPurge();
    running.shutdown(signal).then(
      () => logger.flush(() => process.exit(0)),
      (error: unknown) => {
        logger.error({ err: error }, 'shutdown failed');
        logger.flush(() => process.exit(1));
      },
    );
  };
  process.once('SIGTERM', onSignal);
  process.once('SIGINT', onSignal);
  return running;
}

export function fail(error: unknown): never {
  if (error instanceof ConfigError) {
    console.error(error.message);
  } else {
    console.error(error);
  }
  process.exit(1);
}

if (require.main === module) {
  let config: Config;
  try {
    config = loadConfig();
  } catch (error) {
    fail(error);
  }
  run(config, createLogger(config.logLevel, stdoutDestination())).catch(fail);
}

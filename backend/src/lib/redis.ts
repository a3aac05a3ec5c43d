import { Redis } from 'ioredis';
import type { Logger } from './logger';

/**
 * A client that fails fast instead of queueing: while Redis is down, commands reject
 * at once (no offline queue, one short timeout) and callers fall back.
 */
export function createRedis(url: string, logger: Logger): Redis {
  const redis = new Redis(url, {
    lazyConnect: true,
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    connectTimeout: 1_000,
    commandTimeout: 500,
    retryStrategy: (attempt) => Math.min(attempt * 200, 2_000),
  });
  let healthy = true;
  redis.on('error', (error: Error) => {
    if (healthy)
      logger.warn(
        { err: error },
        'redis unavailable; cache misses and in-process rate limits until it is back',
      );
    healthy = false;
  });
  redis.on('ready', () => {
    if (!healthy) logger.info('redis connection restored');
    healthy = true;
  });
  return redis;
}

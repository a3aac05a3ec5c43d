import type { Redis } from 'ioredis';
import {
  RateLimiterMemory,
  RateLimiterRedis,
  RateLimiterRes,
  type RateLimiterAbstract,
} from 'rate-limiter-flexible';
import { HttpProblem } from './problem';

export interface RateLimitRule {
  /** Key namespace, e.g. `login-ip`. */
  readonly name: string;
  readonly points: number;
  readonly durationSeconds: number;
}

/**
 * Limits backed by Redis so they hold across replicas, with an in-process limiter as
 * insurance while Redis is down (and as the only limiter when no Redis is configured).
 */
export class RateLimits {
  private readonly limiters = new Map<string, RateLimiterAbstract>();

  constructor(
    private readonly redis: Redis | undefined,
    private readonly keyPrefix: string,
  ) {}

  private limiter(rule: RateLimitRule): RateLimiterAbstract {
    let limiter = this.limiters.get(rule.name);
    if (!limiter) {
      const options = {
        keyPrefix: `${this.keyPrefix}rl:${rule.name}`,
        points: rule.points,
        duration: rule.durationSeconds,
      };
      const memory = new RateLimiterMemory(options);
      limiter = this.redis
        ? new RateLimiterRedis({
            ...options,
            storeClient: this.redis,
            insuranceLimiter: memory,
            rejectIfRedisNotReady: true,
          })
        : memory;
      this.limiters.set(rule.name, limiter);
    }
    return limiter;
  }

  /** Consumes one point for `key`; throws 429 problem+json with Retry-After when exhausted. */
  async consume(rule: RateLimitRule, key: string): Promise<void> {
    try {
      await this.limiter(rule).consume(key);
    } catch (result) {
      if (result instanceof RateLimiterRes) {
        const retryAfter = Math.max(1, Math.ceil(result.msBeforeNext / 1000));
        throw new HttpProblem(
          'rate-limited',
          `Too many attempts; try again in ${retryAfter} s`,
          {},
          { 'Retry-After': String(retryAfter) },
        );
      }
      throw result;
    }
  }

  /** Forgets the counter for `key`, e.g. after a successful login. */
  async reset(rule: RateLimitRule, key: string): Promise<void> {
    await this.limiter(rule)
      .delete(key)
      .catch(() => undefined);
  }
}

import type { Config } from '../../config';
import type { RateLimitRule } from '../../lib/rate-limit';

const WINDOW_SECONDS = 15 * 60;

/** Login attempts per client address and per account, in a 15-minute window. */
export function loginLimits(config: Config): { perIp: RateLimitRule; perAccount: RateLimitRule } {
  return {
    perIp: { name: 'login-ip', points: config.rateLimits.loginPerIp, durationSeconds: WINDOW_SECONDS },
    perAccount: {
      name: 'login-account',
      points: config.rateLimits.loginPerAccount,
      durationSeconds: WINDOW_SECONDS,
    },
  };
}

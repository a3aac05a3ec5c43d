import type { Config } from '../../config';
import type { RateLimitRule } from '../../lib/rate-limit';

const WINDOW_SECONDS = 15 * 60;

/**
 * Attempts in a 15-minute window: logins per client address and per account, and
 * registrations per address (each costs an argon2 hash, so they are capped like logins).
 */
export function loginLimits(
  config: Config,
): Record<'perIp' | 'perAccount' | 'registrationsPerIp', RateLimitRule> {
  return {
    perIp: { name: 'login-ip', points: config.rateLimits.loginPerIp, durationSeconds: WINDOW_SECONDS },
    perAccount: {
      name: 'login-account',
      points: config.rateLimits.loginPerAccount,
      durationSeconds: WINDOW_SECONDS,
    },
    registrationsPerIp: {
      name: 'register-ip',
      points: config.rateLimits.loginPerIp,
      durationSeconds: WINDOW_SECONDS,
    },
  };
}

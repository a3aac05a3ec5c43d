import { randomBytes } from 'node:crypto';
import { z } from 'zod';

/** Flat environment variables in, nested frozen config out. Parsed once, at boot. */
const bool = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');
const int = (min: number, max: number) => z.coerce.number().int().min(min).max(max);

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  HOST: z.string().min(1).default('0.0.0.0'),
  PORT: int(0, 65535).default(3000),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  TRUST_PROXY: z.union([bool, int(0, 10)]).default(false),
  DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/, error: 'must be a postgres:// URL' }).optional(),
  DATABASE_POOL_MAX: int(1, 200).default(10),
  DATABASE_STATEMENT_TIMEOUT_MS: int(100, 600_000).default(5_000),
  DATABASE_CONNECT_TIMEOUT_MS: int(100, 60_000).default(1_500),
  DATABASE_ACQUIRE_TIMEOUT_MS: int(100, 60_000).default(2_000),
  EMBEDDED_PG_DIR: z.string().min(1).default('.data/postgres'),
  EMBEDDED_PG_PORT: int(1024, 65535).default(5488),
  REDIS_URL: z.url({ protocol: /^rediss?$/, error: 'must be a redis:// or rediss:// URL' }).optional(),
  REDIS_KEY_PREFIX: z.string().default('dhakacart:'),
  JWT_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  JWT_ACCESS_TTL_SECONDS: int(60, 86_400).default(900),
  REFRESH_TOKEN_TTL_DAYS: int(1, 365).default(30),
  ADMIN_EMAIL: z.email().optional(),
  ADMIN_PASSWORD: z.string().min(12, 'must be at least 12 characters').max(128).optional(),
  PAYMENT_SANDBOX_SECRET: z.string().min(16, 'must be at least 16 characters').optional(),
  SHUTDOWN_DRAIN_MS: int(0, 120_000).default(10_000),
  SHUTDOWN_TIMEOUT_MS: int(1_000, 300_000).default(20_000),
  STATIC_DIR: z.string().min(1).optional(),
  RATE_LIMIT_LOGIN_PER_IP: int(1, 10_000).default(20),
  RATE_LIMIT_LOGIN_PER_ACCOUNT: int(1, 1_000).default(5),
  RATE_LIMIT_CHECKOUT_PER_IP: int(1, 100_000).default(30),
});

export type Env = z.input<typeof envSchema>;

/**
 * Every variable the API reads (documented in .env.example). The one list of them: the
 * manifests and docker-compose.yml are tested against it (manifests-src/test/api-env.test.ts).
 */
export const ENV_VARIABLES: readonly string[] = Object.keys(envSchema.shape);

/** Variables production refuses to start without, and why. */
export const REQUIRED_IN_PRODUCTION = {
  DATABASE_URL: 'the embedded PostgreSQL is for local runs only',
  REDIS_URL: 'the in-process cache is for local runs only',
  JWT_SECRET: 'a per-process random key would end sessions on every restart and differ between replicas',
  PAYMENT_SANDBOX_SECRET: 'payments must be signed with a shared secret',
} as const satisfies Partial<Record<keyof z.input<typeof envSchema>, string>>;

function buildConfig(env: z.output<typeof envSchema>) {
  const production = env.NODE_ENV === 'production';
  return {
    env: env.NODE_ENV,
    production,
    host: env.HOST,
    port: env.PORT,
    logLevel: env.LOG_LEVEL,
    trustProxy: env.TRUST_PROXY,
    db: {
      /** Unset outside production: an embedded PostgreSQL is started instead. */
      url: env.DATABASE_URL,
      poolMax: env.DATABASE_POOL_MAX,
      statementTimeoutMs: env.DATABASE_STATEMENT_TIMEOUT_MS,
      connectTimeoutMs: env.DATABASE_CONNECT_TIMEOUT_MS,
      acquireTimeoutMs: env.DATABASE_ACQUIRE_TIMEOUT_MS,
      embedded: { dir: env.EMBEDDED_PG_DIR, port: env.EMBEDDED_PG_PORT },
    },
    redis: {
      /** Unset outside production: cache and rate limits run in-process. */
      url: env.REDIS_URL,
      keyPrefix: env.REDIS_KEY_PREFIX,
    },
    auth: {
      /** Outside production a random per-process secret is used when unset. */
      jwtSecret: env.JWT_SECRET ?? randomBytes(48).toString('base64url'),
      jwtSecretGenerated: env.JWT_SECRET === undefined,
      accessTtlSeconds: env.JWT_ACCESS_TTL_SECONDS,
      refreshTtlDays: env.REFRESH_TOKEN_TTL_DAYS,
    },
    admin:
      env.ADMIN_EMAIL && env.ADMIN_PASSWORD
        ? { email: env.ADMIN_EMAIL, password: env.ADMIN_PASSWORD }
        : undefined,
    payments: { sandboxSecret: env.PAYMENT_SANDBOX_SECRET ?? 'sandbox-not-a-secret' },
    shutdown: { drainMs: env.SHUTDOWN_DRAIN_MS, timeoutMs: env.SHUTDOWN_TIMEOUT_MS },
    staticDir: env.STATIC_DIR,
    rateLimits: {
      loginPerIp: env.RATE_LIMIT_LOGIN_PER_IP,
      loginPerAccount: env.RATE_LIMIT_LOGIN_PER_ACCOUNT,
      checkoutPerIp: env.RATE_LIMIT_CHECKOUT_PER_IP,
    },
  };
}

export type Config = Readonly<ReturnType<typeof buildConfig>>;

export class ConfigError extends Error {
  override name = 'ConfigError';
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}

/** Parses the environment; throws a ConfigError naming every bad variable and why. */
export function loadConfig(source: NodeJS.ProcessEnv = process.env): Config {
  const input = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = envSchema.safeParse(input);
  if (!parsed.success) {
    const reasons = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(`Invalid configuration:\n  ${reasons.join('\n  ')}`);
  }
  const env = parsed.data;
  const problems: string[] = [];
  if (env.NODE_ENV === 'production') {
    for (const [name, why] of Object.entries(REQUIRED_IN_PRODUCTION)) {
      if (env[name as keyof typeof REQUIRED_IN_PRODUCTION] === undefined)
        problems.push(`${name}: required in production (${why})`);
    }
  }
  if (Boolean(env.ADMIN_EMAIL) !== Boolean(env.ADMIN_PASSWORD)) {
    problems.push('ADMIN_EMAIL, ADMIN_PASSWORD: set both or neither');
  }
  if (env.SHUTDOWN_DRAIN_MS >= env.SHUTDOWN_TIMEOUT_MS) {
    problems.push('SHUTDOWN_DRAIN_MS: must be shorter than SHUTDOWN_TIMEOUT_MS');
  }
  if (problems.length > 0) throw new ConfigError(`Invalid configuration:\n  ${problems.join('\n  ')}`);
  return deepFreeze(buildConfig(env));
}

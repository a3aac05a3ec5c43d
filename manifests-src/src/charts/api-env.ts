import type { IEnvVar } from 'kubernetes-models/v1';
import type { Environment } from '../config';
import { REDIS_PORT } from '../constructs/redis';
import { names, ports } from './names';

const fromSecret = (name: string, secret: string, key: string): IEnvVar => ({
  name,
  valueFrom: { secretKeyRef: { name: secret, key } },
});

/** The API serves through PgBouncer; migrations need a session (locks, DDL) so go to the serving cluster's primary. */
export const databaseHosts = (env: Environment) =>
  ({ pooler: names.pooler, primary: `${env.recovery.serving}-rw` }) as const;

/**
 * The API's environment. Database credentials come from the secret CloudNativePG creates for
 * the `app` owner; `databaseHost` is the pooler for the API and the primary for migrations.
 * Only what differs from the API's defaults (backend/src/config.ts) is set: its pool of 10 is
 * enough behind PgBouncer, and its shutdown timing (drain 10 s, force-close at 20 s) fits the
 * pod's preStop and grace period. test/api-env.test.ts checks every name, value and timing here
 * against the API's own list.
 */
export function apiEnv(env: Environment, databaseHost: string): IEnvVar[] {
  return [
    { name: 'NODE_ENV', value: 'production' },
    { name: 'PORT', value: String(ports.api) },
    { name: 'LOG_LEVEL', value: env.logLevel },
    fromSecret('DB_USER', `${env.recovery.serving}-app`, 'username'),
    fromSecret('DB_PASSWORD', `${env.recovery.serving}-app`, 'password'),
    {
      name: 'DATABASE_URL',
      value: `postgresql://$(DB_USER):$(DB_PASSWORD)@${databaseHost}:${ports.postgres}/app`,
    },
    { name: 'REDIS_URL', value: `redis://${names.redis}:${REDIS_PORT}` },
    fromSecret('JWT_SECRET', names.apiSecrets, 'JWT_SECRET'),
    fromSecret('PAYMENT_SANDBOX_SECRET', names.apiSecrets, 'PAYMENT_SANDBOX_SECRET'),
    fromSecret('ADMIN_EMAIL', names.apiSecrets, 'ADMIN_EMAIL'),
    fromSecret('ADMIN_PASSWORD', names.apiSecrets, 'ADMIN_PASSWORD'),
    { name: 'TRUST_PROXY', value: '1' },
  ];
}

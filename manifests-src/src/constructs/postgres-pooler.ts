import { Construct } from 'constructs';
import type { EnvironmentConfig } from '../config/schema';
import { Pooler } from '../imports/postgresql.cnpg.io/v1';
import { appLabels } from '../lib/labels';
import { addModel } from '../lib/model-object';

export interface PostgresPoolerProps {
  readonly name: string;
  readonly cluster: string;
  readonly database: EnvironmentConfig['database'];
}

/**
 * PgBouncer settings that keep the API's fail-fast promise when the primary is away (measured
 * with Debian's PgBouncer in backend/src/lib/outage.test.ts). By default a query waits up to
 * 120 s for a server connection that cannot be opened, and after a failed login PgBouncer
 * waits 15 s before trying again. Both are on CloudNativePG 1.30.0's list of parameters a
 * Pooler may set (internal/webhook/v1/pooler_webhook.go).
 */
export const POOLER_FAIL_FAST = {
  /** Seconds a query may wait for a server connection; then the client gets an error (the API answers 503). */
  query_wait_timeout: '1',
  /** Seconds before a new server login after a failed one, so a restarted primary is used again within ~2 s. */
  server_login_retry: '2',
} as const;

/** PgBouncer in transaction mode in front of the primary: many short API connections, few server ones. */
export class PostgresPooler extends Construct {
  /** Service the API connects to (same name as the Pooler). */
  readonly host: string;
  constructor(scope: Construct, id: string, props: PostgresPoolerProps) {
    super(scope, id);
    if (props.name === props.cluster)
      throw new Error(`Pooler name must differ from the cluster name (got ${props.name})`);
    this.host = props.name;
    addModel(
      this,
      'Pooler',
      new Pooler({
        metadata: { name: props.name, labels: appLabels(props.name, 'database-pooler') },
        spec: {
          cluster: { name: props.cluster },
          instances: props.database.poolerInstances,
          type: 'rw',
          pgbouncer: {
            poolMode: 'transaction',
            parameters: {
              max_client_conn: String(props.database.maxClientConnections),
              default_pool_size: String(props.database.poolSize),
              ...POOLER_FAIL_FAST,
            },
          },
        },
      }),
    );
  }
}

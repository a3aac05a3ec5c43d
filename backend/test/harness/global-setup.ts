import { createMigrator } from '../../src/db/migrator';
import { seedCatalog } from '../../src/db/seed';
import { createDatabase } from '../../src/lib/db';
import { createLogger } from '../../src/lib/logger';
import { TestPgBouncer } from './pgbouncer';
import { TestPostgres } from './postgres';
import { TestRedis } from './redis';

export const TEMPLATE_DATABASE = 'dhakacart_template';

/**
 * Starts one PostgreSQL (with a PgBouncer in front, configured like the production Pooler)
 * and one Redis for the whole run, and builds a migrated, seeded template database that each
 * test file copies (CREATE DATABASE … TEMPLATE: fast).
 */
export default async function globalSetup(): Promise<void> {
  const [postgres, redis] = await Promise.all([TestPostgres.create(), TestRedis.create()]);
  await prepareTemplate(postgres);
  const pgbouncer = await TestPgBouncer.create(postgres.port);

  process.env.TEST_PG_PORT = String(postgres.port);
  process.env.TEST_PGBOUNCER_PORT = String(pgbouncer.port);
  process.env.TEST_REDIS_URL = redis.url;
  (globalThis as Record<string, unknown>).__dhakacartServers = { postgres, pgbouncer, redis };
}

/** Creates the migrated, seeded template database on `postgres`. */
export async function prepareTemplate(postgres: TestPostgres): Promise<void> {
  await postgres.query(`CREATE DATABASE ${TEMPLATE_DATABASE}`);
  const sequelize = createDatabase(
    {
      url: postgres.url(TEMPLATE_DATABASE),
      poolMax: 2,
      session: { statement_timeout: 60_000, idle_in_transaction_session_timeout: 60_000 },
    },
    createLogger('warn'),
  );
  try {
    await createMigrator(sequelize).up();
    await seedCatalog(sequelize);
  } finally {
    await sequelize.close();
  }
}

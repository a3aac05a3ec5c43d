import { Client } from 'pg';
import { QueryTypes, type Sequelize } from 'sequelize';
import { loadConfig } from '../config';
import { createMigrationDatabase, migrateUp } from '../db/migrator';
import { createTestContext, createTestDatabase, type TestContext } from '../../test/harness/context';
import { apiSessionTimeouts, createDatabase, timeoutDrift } from './db';
import { createLogger } from './logger';

const pgbouncerPort = () => Number(process.env.TEST_PGBOUNCER_PORT);
const logger = createLogger('silent');

/** `pg_sleep` longer than the timeouts under test, short enough to keep the file quick. */
const SLOW = 'SELECT pg_sleep(1.5)';

async function setting(sequelize: Sequelize, name: string): Promise<string> {
  const [row] = await sequelize.query<{ value: string }>('SELECT current_setting(:name) AS value', {
    replacements: { name },
    type: QueryTypes.SELECT,
  });
  return row!.value;
}

/**
 * PostgreSQL's statement and idle-in-transaction timers never fire under libfaketime (the faked-clock run of
 * scripts/test-any-hour.sh sets FAKETIME): `pg_sleep` completes. The tests of those timers run at the real time.
 */
const testPostgresTimer = process.env.FAKETIME === undefined ? test : test.skip;

const idleInTransaction = (sequelize: Sequelize, idleMs: number) =>
  sequelize.transaction(async (transaction) => {
    await sequelize.query('SELECT 1', { transaction });
    await new Promise((resolve) => setTimeout(resolve, idleMs));
    await sequelize.query('SELECT 1', { transaction });
  });

describe('database timeouts through PgBouncer (configured like the production Pooler)', () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestContext({ throughPgBouncer: true, env: { DATABASE_STATEMENT_TIMEOUT_MS: '300' } });
  });
  afterAll(() => ctx.close());

  testPostgresTimer(
    'when the API runs a slow statement through PgBouncer, then its statement timeout cancels it',
    async () => {
      const shown = await setting(ctx.deps.sequelize, 'statement_timeout');

      const slow = ctx.deps.sequelize.query(SLOW);

      expect(shown).toBe('300ms');
      await expect(slow).rejects.toMatchObject({ parent: { code: '57014' } });
    },
  );

  testPostgresTimer(
    'when a transaction idles through PgBouncer, then the server ends it after twice the statement timeout',
    async () => {
      // Sequelize warns that the rollback of the ended session failed: expected here.
      jest.spyOn(console, 'warn').mockImplementation(() => undefined);
      const shortIdle = idleInTransaction(ctx.deps.sequelize, 100);
      await expect(shortIdle).resolves.toBeUndefined();

      const longIdle = idleInTransaction(ctx.deps.sequelize, 1_000);

      expect(await setting(ctx.deps.sequelize, 'idle_in_transaction_session_timeout')).toBe('600ms');
      // The server closes the session; pg reports the connection as gone.
      await expect(longIdle).rejects.toThrow(/not queryable|idle-in-transaction|terminat/i);
    },
  );

  test('when a client sends the timeouts as startup parameters, then PgBouncer refuses it (why they live on the role)', async () => {
    const url = ctx.databaseUrl;
    const client = new Client({ connectionString: url, statement_timeout: 300 } as ConstructorParameters<
      typeof Client
    >[0]);

    await expect(client.connect()).rejects.toThrow('unsupported startup parameter: statement_timeout');
    await client.end().catch(() => undefined);
  });
});

describe('migration sessions and the role timeouts', () => {
  test('when the role carries the API timeout, then the migration session has none and migrate up keeps it applied', async () => {
    const url = await createTestDatabase({ statementTimeoutMs: 200 });
    const config = loadConfig({ NODE_ENV: 'test', DATABASE_URL: url, DATABASE_STATEMENT_TIMEOUT_MS: '400' });
    const migration = createMigrationDatabase(config, url, logger);
    try {
      const shown = await setting(migration, 'statement_timeout');
      await migration.query(SLOW);
      await migrateUp(migration, config, logger);

      expect(shown).toBe('0');
    } finally {
      await migration.close();
    }
    const api = createDatabase({ url: url.replace(/:\d+\//, `:${pgbouncerPort()}/`), poolMax: 1 }, logger);
    try {
      expect(await timeoutDrift(api, apiSessionTimeouts(400))).toEqual([]);
      expect(await timeoutDrift(api, apiSessionTimeouts(200))).toEqual([
        'statement_timeout is 400 ms, expected 200 ms',
        'idle_in_transaction_session_timeout is 800 ms, expected 400 ms',
      ]);
    } finally {
      await api.close();
    }
  });
});

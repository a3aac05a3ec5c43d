import path from 'node:path';
import type { Sequelize } from 'sequelize';
import { SequelizeStorage, Umzug, type MigrationFn } from 'umzug';
import type { Config } from '../config';
import { apiSessionTimeouts, createDatabase, roleTimeoutsSql } from '../lib/db';
import type { Logger } from '../lib/logger';

export type Migration = MigrationFn<Sequelize>;

/** Reversible migrations in src/db/migrations, recorded in the `schema_migrations` table. */
export function createMigrator(sequelize: Sequelize, logger?: Logger) {
  return new Umzug<Sequelize>({
    migrations: {
      glob: ['migrations/*.{ts,js}', { cwd: __dirname, ignore: ['**/*.d.ts', '**/*.map'] }],
      resolve: ({ name, path: file, context }) => {
        // eslint-disable-next-line @typescript-eslint/no-require-imports
        const migration = require(file!) as { up: Migration; down: Migration };
        return {
          name: path.basename(name, path.extname(name)),
          up: async () => migration.up({ name, path: file, context }),
          down: async () => migration.down({ name, path: file, context }),
        };
      },
    },
    context: sequelize,
    storage: new SequelizeStorage({ sequelize, tableName: 'schema_migrations' }),
    logger: logger
      ? {
          info: (m) => logger.info(m, 'migration'),
          warn: (m) => logger.warn(m),
          error: (m) => logger.error(m),
          debug: () => undefined,
        }
      : undefined,
  });
}

/**
 * The migration's connection, straight to PostgreSQL: its session has its own statement
 * timeout (none by default), never the API's short one that the role carries.
 */
export function createMigrationDatabase(config: Config, url: string, logger: Logger): Sequelize {
  const ms = config.db.migrationStatementTimeoutMs;
  return createDatabase(
    { ...config.db, url, session: { statement_timeout: ms, idle_in_transaction_session_timeout: ms } },
    logger,
  );
}

/** Pending migrations, then the API's timeouts as its role's defaults (re-applied on every deploy). */
export async function migrateUp(sequelize: Sequelize, config: Config, logger?: Logger, to?: string) {
  await createMigrator(sequelize, logger).up(to ? { to } : {});
  await sequelize.query(roleTimeoutsSql(apiSessionTimeouts(config.db.statementTimeoutMs)));
}

import path from 'node:path';
import type { Sequelize } from 'sequelize';
import { SequelizeStorage, Umzug, type MigrationFn } from 'umzug';
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

import path from 'node:path';
import { loadConfig, type Config } from '../config';
import { createMigrationDatabase, migrateUp } from '../db/migrator';
import { seedCatalog } from '../db/seed';
import { fail, run } from '../index';
import { createLogger, type Logger } from '../lib/logger';
import { startEmbeddedPostgres } from './embedded-postgres';

/**
 * `npm start`: the whole shop on one URL with nothing installed but Node. Starts an
 * embedded PostgreSQL when DATABASE_URL is unset, migrates, seeds an empty catalog,
 * serves the built storefront when there is one, then runs the API.
 */
async function main() {
  const repoRoot = path.resolve(__dirname, '../../..');
  const config = loadConfig({
    STATIC_DIR: path.join(repoRoot, 'frontend/dist'),
    EMBEDDED_PG_DIR: path.join(repoRoot, '.data/postgres'),
    // Nothing routes traffic away locally: stop at once on Ctrl-C.
    SHUTDOWN_DRAIN_MS: '0',
    ...process.env,
  });
  const logger = createLogger(config.logLevel);
  const embedded = config.db.url ? undefined : await startEmbeddedPostgres(config.db.embedded, logger);
  const databaseUrl = config.db.url ?? embedded!.url;
  await prepareDatabase(config, databaseUrl, logger);
  const running = await run(config, logger, databaseUrl);
  if (embedded) running.server.once('close', () => void embedded.stop());
  logger.info(`DhakaCart is open at ${running.url.replace('0.0.0.0', 'localhost')}`);
}

async function prepareDatabase(config: Config, url: string, logger: Logger) {
  const sequelize = createMigrationDatabase(config, url, logger);
  try {
    await migrateUp(sequelize, config, logger);
    if (await seedCatalog(sequelize)) logger.info('catalog seeded');
  } finally {
    await sequelize.close();
  }
}

main().catch(fail);

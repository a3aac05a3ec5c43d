import { loadConfig } from '../config';
import { seedCatalog } from '../db/seed';
import { fail } from '../index';
import { createDatabase } from '../lib/db';
import { createLogger } from '../lib/logger';

/** Seeds the catalog into DATABASE_URL when it has no products yet. */
async function main() {
  const config = loadConfig();
  if (!config.db.url) throw new Error('DATABASE_URL is required to seed');
  const logger = createLogger(config.logLevel);
  const sequelize = createDatabase({ ...config.db, url: config.db.url }, logger);
  try {
    const seeded = await seedCatalog(sequelize);
    logger.info(seeded ? 'catalog seeded' : 'catalog already has products; nothing seeded');
  } finally {
    await sequelize.close();
  }
}

main().catch(fail);

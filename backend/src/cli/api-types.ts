import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { createApp } from '../app';
import { loadConfig } from '../config';
import { closeDeps, createDeps } from '../deps';
import { fail } from '../index';
import { createLogger } from '../lib/logger';
import { API_TYPES_FILE, renderApiTypes } from '../modules/openapi';

const USAGE = `Usage: npm run api-types [-- --check]
  Serves the API on a loopback port (no database needed), reads GET /api/v1/openapi.json and
  writes the storefront's types to ${path.relative(process.cwd(), API_TYPES_FILE)}.
  --check   write nothing; fail if the committed file differs from what would be written`;

/** The document exactly as the API serves it. The database is never connected. */
async function servedDocument(): Promise<unknown> {
  const config = loadConfig({ NODE_ENV: 'development', LOG_LEVEL: 'silent' });
  const deps = createDeps(config, createLogger('silent'), 'postgres://unused@127.0.0.1:1/unused');
  const server = createServer(createApp(deps).app);
  try {
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    const res = await fetch(`http://127.0.0.1:${port}/api/v1/openapi.json`);
    if (!res.ok) throw new Error(`GET /api/v1/openapi.json answered ${res.status}`);
    return await res.json();
  } finally {
    server.close();
    await closeDeps(deps);
  }
}

async function main() {
  const args = process.argv.slice(2);
  if (args.includes('--help')) return console.log(USAGE);
  if (args.some((arg) => arg !== '--check')) throw new Error(USAGE);
  const types = await renderApiTypes(await servedDocument());
  const committed = existsSync(API_TYPES_FILE) ? readFileSync(API_TYPES_FILE, 'utf8') : '';
  if (args.includes('--check')) {
    if (committed !== types)
      throw new Error(
        `${API_TYPES_FILE} is not what the API serves: run \`npm run api-types\` and commit it`,
      );
    return console.log('API types match the served OpenAPI document');
  }
  if (committed !== types) writeFileSync(API_TYPES_FILE, types);
  console.log(committed === types ? 'API types unchanged' : `wrote ${API_TYPES_FILE}`);
}

main().catch(fail);

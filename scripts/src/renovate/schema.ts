import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** The Renovate release whose schema and validator the checks use (kept current by Renovate itself). */
export const RENOVATE_VERSION = '44.121.2';

/**
 * Renovate's JSON schema as published in its npm package. The package is fetched with `npm pack`
 * (the npm registry, nothing else) into a cache folder, and only the schema is extracted: the
 * whole of Renovate is some 400 MB of dependencies, too heavy for a test dependency.
 */
export function renovateSchema(cacheDir: string, version = RENOVATE_VERSION): Record<string, unknown> {
  const dir = path.join(cacheDir, `renovate-${version}`);
  const schemaFile = path.join(dir, 'package', 'renovate-schema.json');
  if (!existsSync(schemaFile)) {
    mkdirSync(dir, { recursive: true });
    const tarball =
      execFileSync('npm', ['pack', `renovate@${version}`, '--silent', '--pack-destination', dir], {
        encoding: 'utf8',
      })
        .trim()
        .split('\n')
        .pop() ?? '';
    execFileSync('tar', ['-xzf', path.join(dir, tarball), '-C', dir, 'package/renovate-schema.json']);
  }
  return JSON.parse(readFileSync(schemaFile, 'utf8')) as Record<string, unknown>;
}

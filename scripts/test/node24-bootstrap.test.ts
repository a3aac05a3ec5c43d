import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { REPO_ROOT } from './support/run-cli';

// The bootstrap every entry point goes through (npm start, npm test, .ci/run):
// scripts/lib/node24.sh installs node@24 from the npm registry into a per-user cache.
// Runs it for real, with an empty cache and the system's PATH (whose node is older).

const SYSTEM_PATH = '/usr/local/bin:/usr/bin:/bin';

function systemNodeMajor(): number {
  const result = spawnSync('node', ['-p', 'process.versions.node.split(".")[0]'], {
    encoding: 'utf8',
    env: { PATH: SYSTEM_PATH },
  });
  return result.status === 0 ? Number(result.stdout.trim()) : 0;
}

/** A PATH whose `node` reports an old major: the system's when it is old, else a stand-in. */
function pathWithOldNode(scratch: string): string {
  if (systemNodeMajor() > 0 && systemNodeMajor() < 24) return SYSTEM_PATH;
  const bin = path.join(scratch, 'old-node-bin');
  spawnSync('mkdir', ['-p', bin]);
  const shim = path.join(bin, 'node');
  writeFileSync(shim, '#!/bin/sh\necho 20\n');
  chmodSync(shim, 0o755);
  return `${bin}:${SYSTEM_PATH}`;
}

function ensureNode24(env: NodeJS.ProcessEnv) {
  return spawnSync(
    'bash',
    ['-c', 'source scripts/lib/node24.sh && ensure_node24 && node -v && command -v node'],
    { cwd: REPO_ROOT, encoding: 'utf8', env, timeout: 300_000 },
  );
}

describe('the Node 24 bootstrap (scripts/lib/node24.sh)', () => {
  let scratch: string;
  let env: NodeJS.ProcessEnv;

  beforeAll(() => {
    scratch = mkdtempSync(path.join(tmpdir(), 'node24-'));
    env = {
      HOME: process.env.HOME,
      PATH: pathWithOldNode(scratch),
      XDG_CACHE_HOME: path.join(scratch, 'cache'),
      npm_config_cache: process.env.npm_config_cache ?? path.join(process.env.HOME ?? scratch, '.npm'),
    };
  });

  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it('when the cache is empty and PATH has an old node, then it installs Node 24 into the cache and puts it first', () => {
    const result = ensureNode24(env);

    expect(result.stderr).toContain('Installing Node.js 24 from the npm registry');
    expect(result.status).toBe(0);
    const [version, where] = result.stdout.trim().split('\n');
    expect(version).toMatch(/^v24\./);
    expect(where).toBe(path.join(scratch, 'cache/dhakacart/node24/node_modules/.bin/node'));
  });

  it('when it runs a second time, then it reuses the cached Node 24 without reinstalling', () => {
    const result = ensureNode24(env);

    expect(result.status).toBe(0);
    expect(result.stderr).not.toContain('Installing');
    expect(result.stdout).toMatch(/^v24\./);
  });
});

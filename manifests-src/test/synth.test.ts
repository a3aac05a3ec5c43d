import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { OWNED_FOLDERS, repositoryPaths } from '../src/lib/paths';
import { synthesize } from '../src/synthesize';
import { listFiles, manifests, paths, ROOT } from './helpers/repository';

function committedFiles(): Map<string, string> {
  const files = new Map<string, string>();
  for (const folder of OWNED_FOLDERS) {
    for (const file of listFiles(join(ROOT, folder)))
      files.set(file.slice(ROOT.length), readFileSync(file, 'utf8'));
  }
  return files;
}

/** A copy of what synth reads and writes, with the installed packages linked in. */
function repositoryCopy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'dhakacart-synth-check-'));
  for (const entry of [
    'package.json',
    'manifests-src/package.json',
    'manifests-src/src',
    'dist',
    'argocd',
    'policies/admission',
  ]) {
    cpSync(join(ROOT, entry), join(dir, entry), { recursive: true });
  }
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
  return dir;
}

describe('synth', () => {
  it('when synthesized twice, then the output is byte-identical', () => {
    const first = synthesize(paths);
    const second = synthesize(paths);
    expect([...second]).toEqual([...first]);
  });

  it('when compared with the committed folders, then they equal a fresh synth', () => {
    const fresh = new Map([...synthesize(paths)].map(([path, content]) => [path, content]));
    const committed = committedFiles();
    expect([...committed.keys()].sort()).toEqual([...fresh.keys()].sort());
    for (const [path, content] of fresh)
      expect({ path, content: committed.get(path) }).toEqual({ path, content });
  });

  it('when both environments are synthesized, then each has every chart folder', () => {
    const charts = (env: string) =>
      [...new Set(manifests(`dist/${env}`).map((m) => m.path.split('/')[2]))].sort();
    const expected = [
      'api',
      'backups',
      'cache',
      'database',
      'gateway',
      'monitoring',
      'namespace',
      'secrets',
      'storefront',
    ];
    expect(charts('staging')).toEqual(expected);
    expect(charts('production')).toEqual(expected);
  });

  it('when dist/ is scanned, then no plain Secret appears anywhere', () => {
    const secrets = manifests('dist').filter((m) => m.object.kind === 'Secret');
    expect(secrets).toEqual([]);
    expect(manifests('dist').filter((m) => m.object.kind === 'SealedSecret').length).toBeGreaterThanOrEqual(
      3,
    );
  });

  it('when synth:check runs on the repository, then it passes', () => {
    const run = spawnSync(join(ROOT, 'node_modules/.bin/tsx'), ['manifests-src/src/cli/synth-check.ts'], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(run.stdout).toContain('committed output matches a fresh synth');
    expect(run.status).toBe(0);
  });

  it('when a committed file drifts, then synth:check fails and prints the diff', () => {
    const copy = repositoryCopy();
    try {
      const rollout = join(copy, 'dist/staging/api/Rollout.api.yaml');
      writeFileSync(
        rollout,
        readFileSync(rollout, 'utf8').replace('revisionHistoryLimit: 3', 'revisionHistoryLimit: 7'),
      );
      const run = spawnSync(join(ROOT, 'node_modules/.bin/tsx'), ['manifests-src/src/cli/synth-check.ts'], {
        cwd: copy,
        encoding: 'utf8',
      });
      expect(run.status).toBe(1);
      expect(run.stdout).toContain('-  revisionHistoryLimit: 7');
      expect(run.stdout).toContain('+  revisionHistoryLimit: 3');
      expect(run.stderr).toContain('differs from a fresh synth');
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  });

  it('when the image file holds a tag instead of a digest, then synth fails naming the field', () => {
    const copy = repositoryCopy();
    try {
      const images = join(copy, 'manifests-src/src/config/images.json');
      const bad = JSON.parse(readFileSync(images, 'utf8'));
      bad.production.api = 'ghcr.io/dhakacart/api:latest';
      writeFileSync(images, JSON.stringify(bad));
      expect(() => synthesize(repositoryPaths(copy))).toThrow(
        /images\.json: production\.api: must be ghcr\.io\/dhakacart\/api@sha256/,
      );
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  });
});

import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const ROOT = resolve(__dirname, '../..');
const TSX = join(ROOT, 'node_modules/.bin/tsx');
const COPIED = [
  'package.json',
  'manifests-src/package.json',
  'manifests-src/src',
  'scripts/src',
  'dist',
  'argocd',
  'policies/admission',
];

/** A throwaway copy of what the tools read and write, with the installed packages linked in. */
export function repositoryCopy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'dhakacart-tools-'));
  for (const entry of COPIED) cpSync(join(ROOT, entry), join(dir, entry), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
  return dir;
}

export function runTool(dir: string, tool: 'bump' | 'promote', args: string[]) {
  const run = spawnSync(TSX, [`scripts/src/${tool}.ts`, ...args], { cwd: dir, encoding: 'utf8' });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

export function git(dir: string, ...args: string[]): string {
  const run = spawnSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@dhakacart.invalid', ...args], {
    cwd: dir,
    encoding: 'utf8',
  });
  if (run.status !== 0) throw new Error(`git ${args.join(' ')}: ${run.stderr}`);
  return run.stdout;
}

export const read = (dir: string, path: string) => readFileSync(join(dir, path), 'utf8');
export const images = (dir: string) => JSON.parse(read(dir, 'manifests-src/src/config/images.json'));
export const digest = (char: string) => `sha256:${char.repeat(64)}`;

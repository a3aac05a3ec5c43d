import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

export type ChangeKind = 'added' | 'removed' | 'modified';

export interface FileChange {
  /** Path relative to dist/, with forward slashes. */
  readonly file: string;
  readonly kind: ChangeKind;
  /** Unified diff of this file, headers naming dist/<file>. */
  readonly diff: string;
}

/** Every file that differs between two rendered dist/ trees, sorted by path. A missing tree counts as empty. */
export function compareTrees(baseDir: string, headDir: string): FileChange[] {
  const base = listFiles(baseDir);
  const head = listFiles(headDir);
  const all = [...new Set([...base, ...head])].sort();
  const changes: FileChange[] = [];
  for (const file of all) {
    const inBase = base.has(file);
    const inHead = head.has(file);
    if (
      inBase &&
      inHead &&
      readFileSync(path.join(baseDir, file)).equals(readFileSync(path.join(headDir, file)))
    )
      continue;
    const kind: ChangeKind = !inBase ? 'added' : !inHead ? 'removed' : 'modified';
    changes.push({
      file,
      kind,
      diff: unifiedDiff(
        inBase ? path.join(baseDir, file) : '/dev/null',
        inHead ? path.join(headDir, file) : '/dev/null',
        file,
      ),
    });
  }
  return changes;
}

function listFiles(dir: string): Set<string> {
  if (!existsSync(dir)) return new Set();
  if (!statSync(dir).isDirectory()) throw new Error(`not a directory: ${dir}`);
  const entries = readdirSync(dir, { recursive: true, withFileTypes: true });
  return new Set(
    entries
      .filter((e) => e.isFile())
      .map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join('/')),
  );
}

function unifiedDiff(from: string, to: string, file: string): string {
  const result = spawnSync(
    'git',
    ['diff', '--no-index', '--no-color', '--no-ext-diff', '-U3', '--', from, to],
    { encoding: 'utf8' },
  );
  if (result.status !== 1 && result.status !== 0)
    throw new Error(`git diff failed for ${file}: ${result.stderr}`);
  // Name the file by its place in dist/ rather than by the temporary directories compared.
  const lines = result.stdout.split('\n');
  const body = lines.slice(lines.findIndex((line) => line.startsWith('@@')));
  const oldName = from === '/dev/null' ? '/dev/null' : `a/dist/${file}`;
  const newName = to === '/dev/null' ? '/dev/null' : `b/dist/${file}`;
  return [`--- ${oldName}`, `+++ ${newName}`, ...body].join('\n').trimEnd();
}

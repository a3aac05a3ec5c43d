import { spawnSync } from 'node:child_process';
import { IMAGES_FILE } from './images';

function git(root: string, args: string[]): string | null {
  const run = spawnSync('git', args, { cwd: root, encoding: 'utf8' });
  return run.status === 0 ? run.stdout.trim() : null;
}

/** The commit that first wrote this digest into the image file (its bump commit), if any. */
export function bumpCommit(root: string, digest: string): string | null {
  const commits = git(root, ['log', '--format=%H', '-S', digest, '--', IMAGES_FILE]);
  const all = commits ? commits.split('\n').filter(Boolean) : [];
  return all.at(-1) ?? null;
}

/**
 * `git log --oneline` between the commit that bumped the old digest and the one that bumped
 * the new one: what production gains. A reason instead when that history is not available.
 */
export function changelog(
  root: string,
  fromDigest: string,
  toDigest: string,
): { lines: string[] } | { unavailable: string } {
  if (git(root, ['rev-parse', '--git-dir']) === null) return { unavailable: 'not a git repository' };
  const from = bumpCommit(root, fromDigest);
  const to = bumpCommit(root, toDigest);
  if (!from || !to) return { unavailable: `no bump commit found for ${!from ? fromDigest : toDigest}` };
  const log = git(root, ['log', '--oneline', '--no-decorate', `${from}..${to}`]);
  if (log === null) return { unavailable: `git log ${from.slice(0, 7)}..${to.slice(0, 7)} failed` };
  return { lines: log ? log.split('\n') : [] };
}

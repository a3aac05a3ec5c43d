import { execFileSync } from 'node:child_process';
import { digestOf } from '../lib/images';

function git(cwd: string, args: string[]): string {
  return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
}

/**
 * The source commit an image was built from: the Source-Commit trailer of the deploy commit
 * that first wrote this digest into the images file (release.yml writes that trailer).
 */
export function sourceCommitOf(repo: string, imagesFile: string, ref: string): string | undefined {
  const digest = digestOf(ref);
  const out = git(repo, [
    'log',
    '--reverse',
    '--format=%H%x09%(trailers:key=Source-Commit,valueonly,separator=)',
    `-S${digest}`,
    '--',
    imagesFile,
  ]);
  const first = out.split('\n').find((line) => line !== '');
  if (first === undefined) return undefined;
  const [commit, trailer] = first.split('\t');
  return trailer?.trim() || commit;
}

/** Whether `repo` is inside a git work tree (the changelog needs its history). */
export function isGitRepository(repo: string): boolean {
  try {
    return git(repo, ['rev-parse', '--is-inside-work-tree']) === 'true';
  } catch {
    return false;
  }
}

export interface ChangelogEntry {
  readonly commit: string;
  readonly subject: string;
  readonly author: string;
}

/** Commits reachable from `to` and not from `from` that touched `folder`, newest first. */
export function commitsBetween(repo: string, from: string, to: string, folder: string): ChangelogEntry[] {
  const out = git(repo, ['log', '--no-merges', '--format=%h%x09%s%x09%an', `${from}..${to}`, '--', folder]);
  return out
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => {
      const [commit = '', subject = '', author = ''] = line.split('\t');
      return { commit, subject, author };
    });
}

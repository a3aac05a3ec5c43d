import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const GIT_ENV = {
  ...process.env,
  GIT_AUTHOR_NAME: 'Test Author',
  GIT_AUTHOR_EMAIL: 'author@example.com',
  GIT_COMMITTER_NAME: 'Test Author',
  GIT_COMMITTER_EMAIL: 'author@example.com',
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: '/dev/null',
};

export function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, {
    cwd,
    env: GIT_ENV,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  }).trim();
}

/** A bare "origin" with a main branch, and clones of it, in a temporary directory. */
export class GitSandbox {
  readonly root = mkdtempSync(path.join(tmpdir(), 'dhakacart-git-'));
  readonly origin = path.join(this.root, 'origin.git');

  constructor(initialFiles: Record<string, string>) {
    git(this.root, 'init', '--quiet', '--bare', '--initial-branch=main', this.origin);
    const seed = this.clone('seed');
    this.commitFiles(seed, initialFiles, 'initial');
    git(seed, 'push', '--quiet', 'origin', 'main');
  }

  clone(name: string): string {
    const dir = path.join(this.root, name);
    git(this.root, 'clone', '--quiet', this.origin, dir);
    git(dir, 'checkout', '--quiet', '-B', 'main');
    return dir;
  }

  commitFiles(dir: string, files: Record<string, string>, message: string): string {
    for (const [file, content] of Object.entries(files)) {
      mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
      writeFileSync(path.join(dir, file), content);
    }
    git(dir, 'add', '--all');
    git(dir, 'commit', '--quiet', '-m', message);
    return git(dir, 'rev-parse', 'HEAD');
  }

  /** Subjects on origin/main, newest first. */
  log(): string[] {
    return git(this.origin, 'log', '--format=%s', 'main').split('\n');
  }

  show(file: string): string {
    return git(this.origin, 'show', `main:${file}`);
  }

  env(): NodeJS.ProcessEnv {
    return GIT_ENV;
  }

  remove(): void {
    rmSync(this.root, { recursive: true, force: true });
  }
}

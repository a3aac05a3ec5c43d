import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from './support/run-cli';

function shellScripts(dir: string): string[] {
  return readdirSync(path.join(REPO_ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const relative = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : shellScripts(relative);
    return entry.name.endsWith('.sh') ? [relative] : [];
  });
}

function expectNoShellcheckFinding(file: string): void {
  const result = spawnSync('shellcheck', ['--format=gcc', '--external-sources', file], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
  });
  expect(result.error).toBeUndefined();
  expect(result.stdout).toBe('');
  expect(result.status).toBe(0);
}

describe.each(['scripts/ci', 'scripts/infra', 'ansible/test'])('the shell scripts of %s', (dir) => {
  const scripts = shellScripts(dir);

  it('when listed, then the expected scripts are there', () => {
    const expected: Record<string, string[]> = {
      'scripts/ci': [
        'scripts/ci/commit-deploy.sh',
        'scripts/ci/changed-images.sh',
        'scripts/ci/cluster-test/install-platform.sh',
      ],
      'scripts/infra': [
        'scripts/infra/build-tofu.sh',
        'scripts/infra/build-aws-provider.sh',
        'scripts/infra/tofu.sh',
        'scripts/infra/moto.sh',
      ],
      'ansible/test': ['ansible/test/testhost.sh', 'ansible/test/idempotence.sh'],
    };
    expect(scripts).toEqual(expect.arrayContaining(expected[dir] ?? ['(no expectation for this folder)']));
  });

  it.each(scripts)('when %s is checked by shellcheck, then it has no finding', (file) => {
    expectNoShellcheckFinding(file);
  });

  it.each(scripts)(
    'when %s is read, then it starts with its purpose and usage and runs with set -euo pipefail',
    (file) => {
      const text = readFileSync(path.join(REPO_ROOT, file), 'utf8');

      expect(text.startsWith('#!/usr/bin/env bash\n# ')).toBe(true);
      expect(text).toMatch(/^#\s+Usage:/m);
      expect(text).toMatch(/^set -euo pipefail$/m);
      expect(text).toMatch(/^main "\$@"$/m);
    },
  );
});

describe.each(['scripts/backup-db.sh', 'scripts/restore-db.sh', 'scripts/lib/db-backup.sh'])(
  'the database backup script %s',
  (file) => {
    it('when checked by shellcheck, then it has no finding', () => {
      expectNoShellcheckFinding(file);
    });

    it('when read, then it starts with its purpose and, run by itself, has its usage, set -euo pipefail and a main', () => {
      const text = readFileSync(path.join(REPO_ROOT, file), 'utf8');
      expect(text.startsWith('#!/usr/bin/env bash\n# ')).toBe(true);
      if (file.includes('/lib/')) return;
      expect(text).toMatch(/^#\s+Usage:/m);
      expect(text).toMatch(/^set -euo pipefail$/m);
      expect(text).toMatch(/^main "\$@"$/m);
    });
  },
);

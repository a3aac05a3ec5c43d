import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { GitSandbox } from './support/git-sandbox';
import { REPO_ROOT } from './support/run-cli';

const SCRIPT = path.join(REPO_ROOT, 'scripts/ci/changed-images.sh');

describe('changed-images.sh (real git)', () => {
  let sandbox: GitSandbox;
  let repo: string;
  let base: string;

  beforeEach(() => {
    sandbox = new GitSandbox({
      'backend/a.ts': '1',
      'frontend/b.vue': '1',
      'docs/c.md': '1',
      'package-lock.json': '{}',
    });
    repo = sandbox.clone('work');
    base = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: repo, encoding: 'utf8' }).trim();
  });
  afterEach(() => sandbox.remove());

  const images = (before: string, after: string): string[] => {
    const line = execFileSync('bash', [SCRIPT, before, after], {
      cwd: repo,
      encoding: 'utf8',
      env: sandbox.env(),
    }).trim();
    expect(line).toMatch(/^matrix=/);
    return (JSON.parse(line.slice('matrix='.length)) as { image: string }[]).map((entry) => entry.image);
  };

  it.each([
    [{ 'backend/a.ts': '2' }, ['api']],
    [{ 'frontend/b.vue': '2' }, ['storefront']],
    [{ 'backend/a.ts': '2', 'frontend/b.vue': '2' }, ['api', 'storefront']],
    [{ 'package-lock.json': '{"x":1}' }, ['api', 'storefront']],
    [{ 'docs/c.md': '2' }, []],
  ])('when the push changes %j, then it rebuilds %j', (files, expected) => {
    const after = sandbox.commitFiles(repo, files, 'change');

    expect(images(base, after)).toEqual(expected);
  });

  it('when the range is unknown (manual run or force push), then it rebuilds both', () => {
    const after = sandbox.commitFiles(repo, { 'docs/c.md': '3' }, 'docs');

    expect(images('', after)).toEqual(['api', 'storefront']);
    expect(images('0000000000000000000000000000000000000000', after)).toEqual(['api', 'storefront']);
  });
});

import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { digest, git, images, read, repositoryCopy, runTool } from './repository-copy';

describe('promote', () => {
  let dir: string;
  beforeEach(() => {
    dir = repositoryCopy();
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('when staging runs newer images, then production gets staging digests and its synth follows', () => {
    const api = `ghcr.io/dhakacart/api@${digest('d')}`;
    expect(runTool(dir, 'bump', ['--env', 'staging', '--image', `api=${api}`]).status).toBe(0);
    const run = runTool(dir, 'promote', []);
    expect(run.status).toBe(0);
    expect(images(dir).production).toEqual(images(dir).staging);
    expect(read(dir, 'dist/production/api/Rollout.api.yaml')).toContain(`image: ${api}`);
    expect(run.stdout).toContain('## Promote staging → production');
    expect(run.stdout).toContain(`- staging: \`${digest('d')}\``);
  });

  it('when run with --dry-run, then it prints the plan and writes nothing', () => {
    expect(
      runTool(dir, 'bump', ['--env', 'staging', '--image', `api=ghcr.io/dhakacart/api@${digest('e')}`])
        .status,
    ).toBe(0);
    const before = [
      read(dir, 'manifests-src/src/config/images.json'),
      read(dir, 'dist/production/api/Rollout.api.yaml'),
    ];
    const run = runTool(dir, 'promote', ['--dry-run']);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('### api');
    expect([
      read(dir, 'manifests-src/src/config/images.json'),
      read(dir, 'dist/production/api/Rollout.api.yaml'),
    ]).toEqual(before);
  });

  it('when promoted twice, then the second run reports nothing to do and changes nothing', () => {
    expect(
      runTool(dir, 'bump', ['--env', 'staging', '--image', `api=ghcr.io/dhakacart/api@${digest('f')}`])
        .status,
    ).toBe(0);
    expect(runTool(dir, 'promote', []).status).toBe(0);
    const after = read(dir, 'manifests-src/src/config/images.json');
    const second = runTool(dir, 'promote', []);
    expect(second.status).toBe(0);
    expect(second.stdout).toContain('production already runs staging');
    expect(read(dir, 'manifests-src/src/config/images.json')).toBe(after);
  });

  it("when the deploys are commits in git, then the changelog lists the api folder's commits between their source commits", () => {
    const commit = (message: string) => {
      git(dir, 'add', '-A');
      git(dir, 'commit', '-qm', message);
      return git(dir, 'rev-parse', 'HEAD').trim();
    };
    git(dir, 'init', '-q', '-b', 'main');
    commit('initial');
    const first = `ghcr.io/dhakacart/api@${digest('1')}`;
    runTool(dir, 'bump', ['--env', 'production', '--image', `api=${first}`]);
    runTool(dir, 'bump', ['--env', 'staging', '--image', `api=${first}`]);
    commit('Bump api to 111');
    mkdirSync(join(dir, 'backend'));
    writeFileSync(join(dir, 'backend/sylhet.ts'), 'cash on delivery for Sylhet\n');
    const built = commit('Add cash on delivery for Sylhet');
    writeFileSync(join(dir, 'feature.txt'), 'delivery areas\n');
    commit('Document delivery areas');
    writeFileSync(join(dir, 'backend/later.ts'), 'not in the new image\n');
    commit('Change after the build');
    runTool(dir, 'bump', ['--env', 'staging', '--image', `api=ghcr.io/dhakacart/api@${digest('2')}`]);
    commit(`Bump staging api to 222\n\nSource-Commit: ${built}`);

    const run = runTool(dir, 'promote', ['--dry-run']);

    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/- [0-9a-f]{7,} Add cash on delivery for Sylhet/);
    expect(run.stdout).toContain('`sha256:111111111111` → `sha256:222222222222`');
    expect(run.stdout).not.toContain('Bump api to 111');
    expect(run.stdout).not.toContain('Document delivery areas');
    expect(run.stdout).not.toContain('Change after the build');
  });

  it('when a digest was never committed, then it says which deploy commit is missing', () => {
    git(dir, 'init', '-q', '-b', 'main');
    git(dir, 'add', '-A');
    git(dir, 'commit', '-qm', 'initial');
    runTool(dir, 'bump', ['--env', 'staging', '--image', `api=ghcr.io/dhakacart/api@${digest('3')}`]);

    const run = runTool(dir, 'promote', ['--dry-run']);

    expect(run.status).toBe(0);
    expect(run.stdout).toContain(
      'The commits cannot be listed: no deploy commit records where the new image',
    );
  });

  it('when the images file holds a tag instead of a digest, then it exits 1 naming it and writes nothing', () => {
    const file = join(dir, 'manifests-src/src/config/images.json');
    const broken = images(dir);
    broken.staging.api = 'ghcr.io/dhakacart/api:latest';
    writeFileSync(file, `${JSON.stringify(broken, null, 2)}\n`);
    const before = read(dir, 'dist/production/api/Rollout.api.yaml');

    const run = runTool(dir, 'promote', []);

    expect(run.status).toBe(1);
    expect(run.stderr).toContain('staging.api should be ghcr.io/dhakacart/api@sha256:<64 lowercase hex>');
    expect(images(dir)).toEqual(broken);
    expect(read(dir, 'dist/production/api/Rollout.api.yaml')).toBe(before);
  });

  it('when not in a git repository, then it says the changelog is unavailable', () => {
    expect(
      runTool(dir, 'bump', ['--env', 'staging', '--image', `api=ghcr.io/dhakacart/api@${digest('9')}`])
        .status,
    ).toBe(0);
    const run = runTool(dir, 'promote', ['--dry-run']);
    expect(run.stdout).toContain('Changelog unavailable');
  });

  it.each([
    [['--from', 'staging', '--to', 'staging'], '--from and --to must differ'],
    [['--to', 'qa'], '--to must be one of staging, production'],
    [['--yes'], "Unknown option '--yes'"],
  ])('when called with %j, then it exits 2 with usage and writes nothing', (args, message) => {
    const before = read(dir, 'manifests-src/src/config/images.json');
    const run = runTool(dir, 'promote', args);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(message);
    expect(run.stderr).toContain('Usage: npm run promote');
    expect(read(dir, 'manifests-src/src/config/images.json')).toBe(before);
  });
});

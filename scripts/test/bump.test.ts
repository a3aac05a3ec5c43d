import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { digest, images, read, repositoryCopy, runTool } from './repository-copy';

describe('bump', () => {
  let dir: string;
  beforeEach(() => {
    dir = repositoryCopy();
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('when staging api is bumped, then images.json and the synthesized staging Rollout and migration Job change, production does not', () => {
    const reference = `ghcr.io/dhakacart/api@${digest('a')}`;
    const before = images(dir);
    const run = runTool(dir, 'bump', ['--env', 'staging', '--image', `api=${reference}`]);
    expect(run.stderr).toContain('synth: wrote');
    expect(run.status).toBe(0);
    expect(images(dir)).toEqual({ ...before, staging: { ...before.staging, api: reference } });
    expect(read(dir, 'dist/staging/api/Rollout.api.yaml')).toContain(`image: ${reference}`);
    expect(read(dir, 'dist/staging/api/Job.api-migrate.yaml')).toContain(`image: ${reference}`);
    expect(read(dir, 'dist/production/api/Rollout.api.yaml')).not.toContain(reference);
  });

  it('when the same bump runs twice, then the second run changes nothing', () => {
    const args = ['--env', 'production', '--image', `storefront=ghcr.io/dhakacart/storefront@${digest('b')}`];
    expect(runTool(dir, 'bump', args).status).toBe(0);
    const files = [
      'manifests-src/src/config/images.json',
      'dist/production/storefront/Rollout.storefront.yaml',
    ].map((f) => read(dir, f));
    const second = runTool(dir, 'bump', args);
    expect(second.status).toBe(0);
    expect(second.stdout).toContain('(unchanged)');
    expect(
      ['manifests-src/src/config/images.json', 'dist/production/storefront/Rollout.storefront.yaml'].map(
        (f) => read(dir, f),
      ),
    ).toEqual(files);
  });

  it.each([
    [
      ['--env', 'staging', '--image', 'api=ghcr.io/dhakacart/api:latest'],
      'expected ghcr.io/dhakacart/api@sha256:<64 lowercase hex>',
    ],
    [
      ['--env', 'staging', '--image', `api=ghcr.io/dhakacart/api@sha256:${'A'.repeat(64)}`],
      'expected ghcr.io/dhakacart/api@sha256',
    ],
    [
      ['--env', 'staging', '--image', `api=ghcr.io/dhakacart/storefront@${digest('c')}`],
      'expected ghcr.io/dhakacart/api@sha256',
    ],
    [
      ['--env', 'staging', '--image', `worker=ghcr.io/dhakacart/worker@${digest('c')}`],
      'unknown image worker',
    ],
    [
      ['--env', 'qa', '--image', `api=ghcr.io/dhakacart/api@${digest('c')}`],
      '--env must be one of staging, production',
    ],
    [['--env', 'staging'], 'give at least one --image'],
    [['--env', 'staging', '--tag', 'x'], "Unknown option '--tag'"],
  ])('when called with %j, then it exits 2 with usage and writes nothing', (args, message) => {
    const before = [
      read(dir, 'manifests-src/src/config/images.json'),
      read(dir, 'dist/staging/api/Rollout.api.yaml'),
    ];
    const run = runTool(dir, 'bump', args);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(message);
    expect(run.stderr).toContain('Usage: npm run bump');
    expect([
      read(dir, 'manifests-src/src/config/images.json'),
      read(dir, 'dist/staging/api/Rollout.api.yaml'),
    ]).toEqual(before);
  });

  it('when the images file holds a malformed reference, then it exits 1 naming it and writes nothing', () => {
    const broken = images(dir);
    broken.production.storefront = 'ghcr.io/dhakacart/storefront:latest';
    writeFileSync(join(dir, 'manifests-src/src/config/images.json'), `${JSON.stringify(broken, null, 2)}\n`);
    const before = read(dir, 'dist/staging/api/Rollout.api.yaml');

    const run = runTool(dir, 'bump', [
      '--env',
      'staging',
      '--image',
      `api=ghcr.io/dhakacart/api@${digest('b')}`,
    ]);

    expect(run.status).toBe(1);
    expect(run.stderr).toContain(
      'production.storefront should be ghcr.io/dhakacart/storefront@sha256:<64 lowercase hex>',
    );
    expect(images(dir)).toEqual(broken);
    expect(read(dir, 'dist/staging/api/Rollout.api.yaml')).toBe(before);
  });
});

import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { compareTrees } from './compare';
import { renderMarkdown } from './markdown';

function tree(root: string, files: Record<string, string>): string {
  for (const [file, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), content);
  }
  return root;
}

describe('dist/ diff', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(path.join(tmpdir(), 'dist-diff-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('when files are added, removed and changed, then each is listed with a diff naming its dist/ path', () => {
    const base = tree(path.join(dir, 'base'), {
      'staging/backend/Rollout.api.yaml': 'image: ghcr.io/dhakacart/api@sha256:aaaa\nreplicas: 2\n',
      'staging/backend/Service.api.yaml': 'kind: Service\n',
      'staging/old/ConfigMap.x.yaml': 'kind: ConfigMap\n',
    });
    const head = tree(path.join(dir, 'head'), {
      'staging/backend/Rollout.api.yaml': 'image: ghcr.io/dhakacart/api@sha256:bbbb\nreplicas: 2\n',
      'staging/backend/Service.api.yaml': 'kind: Service\n',
      'staging/backend/HorizontalPodAutoscaler.api.yaml': 'kind: HorizontalPodAutoscaler\n',
    });

    const changes = compareTrees(base, head);

    expect(changes.map((c) => [c.file, c.kind])).toEqual([
      ['staging/backend/HorizontalPodAutoscaler.api.yaml', 'added'],
      ['staging/backend/Rollout.api.yaml', 'modified'],
      ['staging/old/ConfigMap.x.yaml', 'removed'],
    ]);
    const rollout = changes[1]?.diff ?? '';
    expect(rollout).toContain(
      '--- a/dist/staging/backend/Rollout.api.yaml\n+++ b/dist/staging/backend/Rollout.api.yaml',
    );
    expect(rollout).toContain(
      '-image: ghcr.io/dhakacart/api@sha256:aaaa\n+image: ghcr.io/dhakacart/api@sha256:bbbb',
    );
    expect(rollout).not.toContain(dir);
    expect(changes[0]?.diff).toContain('--- /dev/null');
  });

  it('when the base has no dist/ yet, then every head file is added', () => {
    const head = tree(path.join(dir, 'head'), { 'staging/a.yaml': 'a\n' });

    expect(compareTrees(path.join(dir, 'missing'), head).map((c) => c.kind)).toEqual(['added']);
  });

  it('when nothing differs, then the comment says so', () => {
    const files = { 'staging/a.yaml': 'a\n' };

    const markdown = renderMarkdown(
      compareTrees(tree(path.join(dir, 'b'), files), tree(path.join(dir, 'h'), files)),
    );

    expect(markdown).toContain('No change');
  });

  it('when the diff is larger than the limit, then later files are left out and counted', () => {
    const base = tree(path.join(dir, 'base'), {});
    const head = tree(path.join(dir, 'head'), {
      'a.yaml': 'x\n'.repeat(300),
      'b.yaml': 'y\n'.repeat(300),
      'c.yaml': 'z\n',
    });

    const markdown = renderMarkdown(compareTrees(base, head), 1000);

    expect(markdown).toContain('3 files: 3 added, 0 modified, 0 removed');
    expect(markdown).toContain('2 more files are not shown here');
    expect(markdown).not.toContain('+y');
  });
});

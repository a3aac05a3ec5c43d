import { GitSandbox } from './support/git-sandbox';
import { runTool } from './support/run-cli';

const ref = (image: string, hex: string) =>
  `ghcr.io/dhakacart/${image}@sha256:${hex.repeat(64 / hex.length)}`;
const imagesJson = (staging: Record<string, string>, production: Record<string, string>) =>
  `${JSON.stringify({ staging, production }, null, 2)}\n`;
const IMAGES = 'manifests-src/src/config/images.json';

describe('promotion-changelog (real git history)', () => {
  let sandbox: GitSandbox;
  let repo: string;

  beforeEach(() => {
    sandbox = new GitSandbox({ 'backend/app.ts': 'v1\n' });
    repo = sandbox.clone('work');
    const first = sandbox.commitFiles(repo, { 'backend/app.ts': 'v2\n' }, 'feat(api): first release');
    const both = { api: ref('api', 'a1'), storefront: ref('storefront', 'f1') };
    sandbox.commitFiles(
      repo,
      { [IMAGES]: imagesJson(both, both) },
      `deploy(staging): api, storefront\n\nSource-Commit: ${first}`,
    );
    sandbox.commitFiles(repo, { 'backend/pay.ts': 'bkash\n' }, 'feat(api): pay with bKash');
    sandbox.commitFiles(repo, { 'docs/x.md': 'x\n' }, 'docs: not in the api image');
    const second = sandbox.commitFiles(
      repo,
      { 'backend/stock.ts': 'check\n' },
      'fix(api): check stock in the transaction',
    );
    sandbox.commitFiles(
      repo,
      { [IMAGES]: imagesJson({ ...both, api: ref('api', 'b2') }, both) },
      `deploy(staging): api\n\nSource-Commit: ${second}`,
    );
  });
  afterEach(() => sandbox.remove());

  it('when staging runs a newer api, then the api commits between the two images are listed', async () => {
    const result = await runTool('promotion-changelog', ['--from', 'staging', '--to', 'production'], {
      cwd: repo,
    });

    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const api = result.stdout.slice(
      result.stdout.indexOf('### api'),
      result.stdout.indexOf('### storefront'),
    );
    expect(api).toContain('`sha256:a1a1a1a1a1a1` → `sha256:b2b2b2b2b2b2`');
    expect(api).toMatch(
      /- [0-9a-f]{7} fix\(api\): check stock in the transaction \(Test Author\)\n- [0-9a-f]{7} feat\(api\): pay with bKash/,
    );
    expect(api).not.toContain('first release');
    expect(api).not.toContain('docs:');
    expect(result.stdout).toContain('### storefront\n\nUnchanged');
  });

  it('when an environment name is wrong, then it exits 2 with the usage', async () => {
    const result = await runTool('promotion-changelog', ['--from', 'staging', '--to', 'prod'], { cwd: repo });

    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--to must be one of staging, production (got "prod")');
    expect(result.stderr).toContain('Usage: npm run promotion-changelog');
  });

  it('when the images file holds a malformed reference, then it exits 1 naming it', async () => {
    sandbox.commitFiles(
      repo,
      { [IMAGES]: imagesJson({ api: 'ghcr.io/dhakacart/api:latest' }, {}) },
      'broken',
    );

    const result = await runTool('promotion-changelog', ['--from', 'staging', '--to', 'production'], {
      cwd: repo,
    });

    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      'staging.api should be ghcr.io/dhakacart/api@sha256:<64 lowercase hex> (got "ghcr.io/dhakacart/api:latest")',
    );
  });
});

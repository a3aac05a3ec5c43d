import { execFile } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { GitSandbox, git } from './support/git-sandbox';
import { REPO_ROOT } from './support/run-cli';

const SCRIPT = path.join(REPO_ROOT, 'scripts/ci/commit-deploy.sh');

// Stands in for `npm run bump`: writes the digest into the config file and renders
// dist/staging from it and from src/replicas.txt, so generated output depends on sources that
// another commit can change. With COMPETE_DIR set, the first run also pushes a competing commit
// from another clone, the way a merge lands on main while a release is running.
const GENERATOR = `#!/usr/bin/env bash
set -euo pipefail
digest="$1"
mkdir -p config dist/staging
printf '{"staging":{"api":"%s"}}\\n' "$digest" > config/images.json
printf 'image: %s\\nreplicas: %s\\n' "$digest" "$(cat src/replicas.txt)" > dist/staging/api.yaml
if [ -n "\${COMPETE_DIR:-}" ] && [ ! -e "$COMPETE_DIR/.competed" ]; then
  touch "$COMPETE_DIR/.competed"
  ( cd "$COMPETE_DIR" && git pull --quiet origin main && eval "$COMPETE_CHANGE" && git add --all && git commit --quiet -m "$COMPETE_SUBJECT" && git push --quiet origin main )
fi
`;

function commitDeploy(
  cwd: string,
  args: string[],
  env: NodeJS.ProcessEnv,
): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      'bash',
      [SCRIPT, ...args],
      { cwd, env: { ...env, COMMIT_DEPLOY_BACKOFF_SECONDS: '0' } },
      (error, stdout, stderr) => {
        resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr });
      },
    );
  });
}

describe('commit-deploy.sh (real git, a bare repository as origin)', () => {
  let sandbox: GitSandbox;
  let deployer: string;
  let generator: string;

  beforeEach(() => {
    sandbox = new GitSandbox({
      'src/replicas.txt': '2\n',
      'dist/staging/api.yaml': 'image: old\nreplicas: 2\n',
      'config/images.json': '{}\n',
    });
    deployer = sandbox.clone('deployer');
    generator = path.join(sandbox.root, 'generate.sh');
    writeFileSync(generator, GENERATOR, { mode: 0o755 });
  });
  afterEach(() => sandbox.remove());

  const deployArgs = (digest: string) => [
    '--message',
    `deploy(staging): api@${digest}`,
    '--source-commit',
    'abc1234',
    '--path',
    'dist/staging',
    '--path',
    'config/images.json',
    '--',
    generator,
    digest,
  ];

  it('when main has not moved, then one deploy commit with its source trailer is pushed', async () => {
    const result = await commitDeploy(deployer, deployArgs('sha256:1111'), sandbox.env());

    expect(result.code).toBe(0);
    expect(sandbox.log()).toEqual(['deploy(staging): api@sha256:1111', 'initial']);
    expect(git(sandbox.origin, 'log', '-1', '--format=%(trailers:key=Source-Commit,valueonly)', 'main')).toBe(
      'abc1234',
    );
    expect(sandbox.show('dist/staging/api.yaml')).toBe('image: sha256:1111\nreplicas: 2');
  });

  it('when main moved with an unrelated commit, then the deploy is rebased on top of it', async () => {
    const competitor = sandbox.clone('competitor');
    const env = {
      ...sandbox.env(),
      COMPETE_DIR: competitor,
      COMPETE_SUBJECT: 'docs: unrelated',
      COMPETE_CHANGE: 'echo hi > README.md',
    };

    const result = await commitDeploy(deployer, deployArgs('sha256:2222'), env);

    expect(result.code).toBe(0);
    expect(result.stderr).toContain('push rejected (attempt 1 of 5)');
    expect(sandbox.log()).toEqual(['deploy(staging): api@sha256:2222', 'docs: unrelated', 'initial']);
  });

  it('when main moved with a change to the sources, then the generated files follow the new sources', async () => {
    const competitor = sandbox.clone('competitor');
    const env = {
      ...sandbox.env(),
      COMPETE_DIR: competitor,
      COMPETE_SUBJECT: 'scale api',
      COMPETE_CHANGE: 'echo 5 > src/replicas.txt',
    };

    const result = await commitDeploy(deployer, deployArgs('sha256:3333'), env);

    expect(result.code).toBe(0);
    expect(sandbox.log()).toEqual(['deploy(staging): api@sha256:3333', 'scale api', 'initial']);
    expect(sandbox.show('dist/staging/api.yaml')).toBe('image: sha256:3333\nreplicas: 5');
  });

  it('when main moved with a conflicting edit of a generated file, then the deploy is regenerated on the new tip', async () => {
    const competitor = sandbox.clone('competitor');
    const change =
      'echo 7 > src/replicas.txt && printf "image: hand-edit\\nreplicas: 7\\n" > dist/staging/api.yaml';
    const env = {
      ...sandbox.env(),
      COMPETE_DIR: competitor,
      COMPETE_SUBJECT: 'hand edit',
      COMPETE_CHANGE: change,
    };

    const result = await commitDeploy(deployer, deployArgs('sha256:4444'), env);

    expect(result.code).toBe(0);
    expect(result.stderr).toContain('rebase conflicted; regenerating');
    expect(sandbox.log()).toEqual(['deploy(staging): api@sha256:4444', 'hand edit', 'initial']);
    expect(sandbox.show('dist/staging/api.yaml')).toBe('image: sha256:4444\nreplicas: 7');
  });

  it('when the digests are already deployed, then nothing is committed', async () => {
    await commitDeploy(deployer, deployArgs('sha256:5555'), sandbox.env());

    const again = await commitDeploy(deployer, deployArgs('sha256:5555'), sandbox.env());

    expect(again.code).toBe(0);
    expect(again.stdout).toContain('nothing to deploy');
    expect(sandbox.log()).toHaveLength(2);
  });

  it('when the regenerate command is missing, then it exits 2 with the usage and pushes nothing', async () => {
    const result = await commitDeploy(
      deployer,
      ['--message', 'deploy(staging): x', '--path', 'dist/staging'],
      sandbox.env(),
    );

    expect(result.code).toBe(2);
    expect(result.stderr).toContain('error: the regenerate command is required after --');
    expect(sandbox.log()).toEqual(['initial']);
  });
});

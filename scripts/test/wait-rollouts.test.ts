import { execFile } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { REPO_ROOT } from './support/run-cli';

const SCRIPT = path.join(REPO_ROOT, 'scripts/ci/cluster-test/wait-rollouts.sh');

// A Kubernetes cluster cannot exist here: a fake kubectl on PATH answers with Rollout states
// written by each test ("name generation observedGeneration phase stableRS currentPodHash").
const FAKE_KUBECTL = `#!/usr/bin/env bash
case "$*" in
  *rollouts.argoproj.io*) cat "$FAKE_ROLLOUTS" ;;
  *) true ;;
esac
`;

describe('wait-rollouts.sh (fake kubectl standing in for a cluster)', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'wait-rollouts-'));
    writeFileSync(path.join(dir, 'kubectl'), FAKE_KUBECTL);
    chmodSync(path.join(dir, 'kubectl'), 0o755);
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const wait = (states: string, ...args: string[]) =>
    new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
      writeFileSync(path.join(dir, 'rollouts.txt'), states);
      const env = {
        ...process.env,
        PATH: `${dir}:${process.env.PATH}`,
        FAKE_ROLLOUTS: path.join(dir, 'rollouts.txt'),
      };
      execFile('bash', [SCRIPT, 'dhakacart-staging', ...args], { env }, (error, stdout, stderr) =>
        resolve({ code: error ? Number(error.code) : 0, stdout, stderr }),
      );
    });

  it('when every Rollout saw its spec and its new pods are stable, then Healthy is reached', async () => {
    const result = await wait('api 4 4 Healthy abc abc\nstorefront 2 2 Healthy def def\n', 'Healthy', '0');

    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Rollouts in dhakacart-staging (all) are Healthy');
  });

  it('when the controller has not seen the new spec yet, then Healthy is not reached', async () => {
    const result = await wait('api 5 4 Healthy abc abc\n', 'Healthy', '0');

    expect(result.code).toBe(1);
    expect(result.stderr).toContain('did not reach Healthy within 0s');
  });

  it('when the old pods are still the stable ones, then Healthy is not reached', async () => {
    const result = await wait('api 5 5 Healthy old new\n', 'Healthy', '0');

    expect(result.code).toBe(1);
  });

  it('when only the named Rollout is Degraded, then Degraded is reached for it', async () => {
    const result = await wait(
      'api 6 6 Degraded old new\nstorefront 2 2 Healthy def def\n',
      'Degraded',
      '0',
      'api',
    );

    expect(result.code).toBe(0);
    expect(result.stdout).toContain('(api) are Degraded');
  });

  it('when there is no Rollout at all, then nothing is reached', async () => {
    expect((await wait('', 'Healthy', '0')).code).toBe(1);
  });
});

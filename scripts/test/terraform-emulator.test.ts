import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { emulatorAllowance, type ResourceChange, unexplained } from './support/replan';
import { REPO_ROOT } from './support/run-cli';
import {
  BUILD_HINT,
  providerBuilt,
  providersFromRegistry,
  pyvenv,
  readTf,
  ROOTS,
  TERRAFORM_DIR,
  tofu,
} from './support/terraform';

// Plan, checkov on the plan, apply, re-plan and destroy against moto, the AWS API emulator (no AWS account
// can exist here). Needs OpenTofu and the AWS provider built and cached (npm run infra:tools); skipped,
// saying so, without them.
if (!providerBuilt) {
  console.warn(
    `terraform: skipped tofu init/validate/test/plan and the moto apply (AWS provider not built): ${BUILD_HINT}`,
  );
}

interface CheckovAllowance {
  allowed: {
    check: string;
    resource: string;
    reason: string;
    verify?: 'cloudsplaining';
    unknownAtPlan?: string;
  }[];
}
interface Finding {
  check: string;
  resource: string;
}

const accountOf = (env: string): string =>
  /account_id\s+=\s+"(\d{12})"/.exec(readTf(`envs/${env}/providers.tf`))?.[1] ?? '';
const STAGING_ACCOUNT = accountOf('staging');
const ENVS = ['staging', 'production'].map((env) => ({ env, account: accountOf(env) }));
const allowance = emulatorAllowance();
const checkovAllowance = JSON.parse(
  readFileSync(path.join(TERRAFORM_DIR, 'test/checkov-plan-allowance.json'), 'utf8'),
) as CheckovAllowance;
const entryFor = (f: Finding) =>
  checkovAllowance.allowed.find((a) => a.check === f.check && new RegExp(a.resource).test(f.resource));
const AWS_ENV = {
  AWS_ACCESS_KEY_ID: 'testing',
  AWS_SECRET_ACCESS_KEY: 'testing',
  AWS_REGION: 'ap-south-1',
  TF_INPUT: '0',
};

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

function moto(command: 'start' | 'stop', port: number, account = ''): void {
  const result = spawnSync('bash', ['scripts/infra/moto.sh', command, String(port), account], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
    timeout: 600_000,
  });
  if (result.status !== 0) throw new Error(`moto ${command} failed: ${result.stderr}`);
}

function ok(result: ReturnType<typeof tofu>): string {
  if (result.status !== 0)
    throw new Error(`tofu failed (${result.status}):\n${result.stdout}\n${result.stderr}`);
  return result.stdout;
}

/** Checkov's failed checks on a plan JSON (the source's inline skips are applied where checkov can match them). */
function checkovFindings(planJson: string, repoRoot: string): Finding[] {
  const result = spawnSync(
    path.join(pyvenv('checkov'), 'bin/checkov'),
    [
      ...['--file', planJson, '--framework', 'terraform_plan', '--skip-download', '--quiet'],
      ...['--repo-root-for-plan-enrichment', repoRoot, '--output', 'json'],
    ],
    { encoding: 'utf8', timeout: 600_000, maxBuffer: 64 * 1024 * 1024 },
  );
  if (result.error) throw result.error;
  const reports = [JSON.parse(result.stdout) as unknown].flat() as {
    results?: { failed_checks: { check_id: string; resource: string }[] };
  }[];
  return reports
    .flatMap((r) => r.results?.failed_checks ?? [])
    .map((f) => ({ check: f.check_id, resource: f.resource }));
}

/** Actions cloudsplaining (what checkov's IAM checks run) finds allowed on any resource, per planned inline policy. */
function unrestrictedActions(planJson: string): Record<string, string[]> {
  const script = String.raw`
import json, sys
from cloudsplaining.scan.policy_document import PolicyDocument
def walk(module):
    for r in module.get("resources", []):
        if r["type"] == "aws_iam_role_policy" and "policy" in r["values"]:
            yield r["address"], json.loads(r["values"]["policy"])
    for child in module.get("child_modules", []):
        yield from walk(child)
plan = json.load(open(sys.argv[1]))
print(json.dumps({a: PolicyDocument(p).all_allowed_unrestricted_actions for a, p in walk(plan["planned_values"]["root_module"])}))
`;
  const result = spawnSync(path.join(pyvenv('checkov'), 'bin/python'), ['-c', script, planJson], {
    encoding: 'utf8',
    timeout: 120_000,
  });
  if (result.status !== 0) throw new Error(`cloudsplaining failed: ${result.stderr}`);
  return JSON.parse(result.stdout) as Record<string, string[]>;
}

(providerBuilt ? describe : describe.skip)('terraform/ with OpenTofu and the AWS provider, offline', () => {
  let work = '';

  beforeAll(() => {
    work = mkdtempSync(path.join(tmpdir(), 'dhakacart-terraform-'));
    cpSync(TERRAFORM_DIR, work, {
      recursive: true,
      filter: (src) => !src.includes('.terraform/') && !src.endsWith('.terraform'),
    });
    // Lock files hold the registry's hashes of HashiCorp's release; the locally built provider has other bytes.
    if (!providersFromRegistry) {
      for (const f of readdirSync(work, { recursive: true, encoding: 'utf8' })) {
        if (f.endsWith('.terraform.lock.hcl')) rmSync(path.join(work, f));
      }
    }
  });
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it.each(ROOTS)('when %s is initialised from the local mirror and validated, then it is valid', (root) => {
    ok(tofu([`-chdir=${path.join(work, root)}`, 'init', '-backend=false', '-input=false', '-no-color']));
    const result = tofu([`-chdir=${path.join(work, root)}`, 'validate', '-json']);

    expect(JSON.parse(result.stdout)).toMatchObject({ valid: true, error_count: 0 });
  });

  it.each(['bucket', 'cluster', 'network', 'environment'])(
    'when modules/%s is tested with a mock provider, then its logic and validations hold',
    (name) => {
      const dir = path.join(work, 'modules', name);
      ok(tofu([`-chdir=${dir}`, 'init', '-backend=false', '-input=false', '-no-color']));
      const result = tofu([`-chdir=${dir}`, 'test', '-no-color']);

      expect(result.stdout).toMatch(/Success! \d+ passed, 0 failed/);
      expect(result.status).toBe(0);
    },
  );

  describe.each(ENVS)('envs/$env applied to the moto emulator (account $account)', ({ env, account }) => {
    let port = 0;
    let dir = '';
    const vars = () => [`-var=emulator_endpoint=http://127.0.0.1:${port}`];
    const run = (args: string[]) =>
      tofu([`-chdir=${dir}`, ...args, '-no-color', '-input=false'], { env: AWS_ENV, timeoutMs: 900_000 });

    beforeAll(async () => {
      port = await freePort();
      moto('start', port, account);
      dir = path.join(work, 'envs', env);
      // The real backend is S3 in the account; here state stays in the throwaway copy.
      writeFileSync(path.join(dir, 'backend_override.tf'), 'terraform {\n  backend "local" {}\n}\n');
      ok(run(['init', '-reconfigure']));
    }, 900_000);
    afterAll(() => moto('stop', port));

    it('when planned, then the plan is made', () => {
      ok(run(['plan', '-out=plan.bin', ...vars()]));
      writeFileSync(path.join(dir, 'plan.json'), ok(tofu([`-chdir=${dir}`, 'show', '-json', 'plan.bin'])));
    }, 900_000);

    // Checkov cannot match some inline skips to planned resources: those findings are listed, with the
    // source's reason, in terraform/test/checkov-plan-allowance.json (terraform/README.md).
    it('when planned, then checkov finds nothing on the plan that the source does not justify', () => {
      const findings = checkovFindings(path.join(dir, 'plan.json'), dir);

      expect(findings.filter((f) => !entryFor(f))).toEqual([]);
    }, 900_000);

    it('when a finding is explained by a value unknown at plan time, then that value is unknown in the plan', () => {
      const plan = JSON.parse(readFileSync(path.join(dir, 'plan.json'), 'utf8')) as {
        resource_changes: ResourceChange[];
      };
      const unknownEntries = checkovAllowance.allowed.filter((a) => a.unknownAtPlan);
      const checked = plan.resource_changes.flatMap((c) =>
        unknownEntries
          .filter((a) => new RegExp(a.resource).test(c.address))
          .map((a) => ({
            address: c.address,
            unknown: (c.change.after_unknown as Record<string, unknown>)[a.unknownAtPlan!],
          })),
      );

      expect(checked.length).toBeGreaterThan(0);
      expect(checked.filter((c) => c.unknown !== true)).toEqual([]);
    });

    it('when applied and planned again, then nothing changes except the listed moto limitations', () => {
      ok(run(['apply', '-auto-approve', ...vars()]));
      ok(run(['plan', '-out=replan.bin', ...vars()]));
      const json = ok(tofu([`-chdir=${dir}`, 'show', '-json', 'replan.bin']));
      writeFileSync(path.join(dir, 'replan.json'), json);
      const replan = JSON.parse(json) as { resource_changes?: ResourceChange[] };

      expect(unexplained(replan.resource_changes ?? [], allowance)).toEqual([]);
    }, 900_000);

    it("when checkov's cached IAM result is the reason, then those applied policies allow no unrestricted action", () => {
      const cached = checkovAllowance.allowed.filter((a) => a.verify === 'cloudsplaining');
      const policies = Object.entries(unrestrictedActions(path.join(dir, 'replan.json'))).filter(
        ([address]) => cached.some((a) => new RegExp(a.resource).test(address)),
      );

      expect(policies.length).toBeGreaterThan(0);
      expect(policies.filter(([, actions]) => actions.length > 0)).toEqual([]);
    }, 300_000);

    it('when its outputs are compared with manifests-src/src/config/infrastructure.ts, then they agree', () => {
      const outputs = mkdtempSync(path.join(tmpdir(), 'dhakacart-outputs-'));
      try {
        writeFileSync(
          path.join(outputs, `${env}.json`),
          ok(tofu([`-chdir=${dir}`, 'output', '-json', 'manifests'])),
        );
        const check = spawnSync(
          'npm',
          ['run', '--silent', 'infra:config', '--', '--check', '--env', env, '--from-dir', outputs],
          {
            cwd: REPO_ROOT,
            encoding: 'utf8',
            timeout: 120_000,
          },
        );

        expect(check.stderr).toBe('');
        expect(check.stdout).toContain(`${env} match terraform's outputs`);
        expect(check.status).toBe(0);
      } finally {
        rmSync(outputs, { recursive: true, force: true });
      }
    }, 300_000);

    it('when destroyed, then nothing is left in the state', () => {
      ok(run(['destroy', '-auto-approve', ...vars()]));

      expect(ok(tofu([`-chdir=${dir}`, 'state', 'list'])).trim()).toBe('');
    }, 900_000);
  });

  describe('bootstrap applied to the moto emulator', () => {
    let port = 0;

    beforeAll(async () => {
      port = await freePort();
      moto('start', port, STAGING_ACCOUNT);
    }, 600_000);
    afterAll(() => moto('stop', port));

    it('when applied, then it makes the state bucket envs/staging/backend.tf names', () => {
      const dir = path.join(work, 'bootstrap');
      const vars = [`-var=emulator_endpoint=http://127.0.0.1:${port}`, `-var=account_id=${STAGING_ACCOUNT}`];
      ok(tofu([`-chdir=${dir}`, 'init', '-input=false', '-no-color'], { env: AWS_ENV }));
      ok(
        tofu([`-chdir=${dir}`, 'apply', '-auto-approve', '-input=false', '-no-color', ...vars], {
          env: AWS_ENV,
          timeoutMs: 600_000,
        }),
      );
      const bucket = JSON.parse(ok(tofu([`-chdir=${dir}`, 'output', '-json', 'state_bucket']))) as string;

      expect(readTf('envs/staging/backend.tf')).toContain(`bucket       = "${bucket}"`);
    }, 900_000);
  });
});

describe('the re-plan allowance', () => {
  const nodeGroup = 'module.environment.module.cluster.aws_eks_node_group.this["general"]';
  const bucket = 'module.environment.module.data.module.primary["database"].aws_s3_bucket.this';
  const change = (address: string, c: Partial<ResourceChange['change']>): ResourceChange => ({
    address,
    change: { actions: ['update'], before: {}, after: {}, ...c },
  });

  it('when a listed moto limitation changes an attribute, then it is explained', () => {
    const c = change(nodeGroup, {
      before: { remote_access: [{ ec2_ssh_key: 'eksKeypair' }] },
      after: { remote_access: [] },
    });

    expect(unexplained([c], allowance)).toEqual([]);
  });

  it('when a listed moto limitation replaces a resource, then it is explained by its replace paths', () => {
    const c = change(nodeGroup, {
      actions: ['delete', 'create'],
      replace_paths: [['remote_access', 0, 'ec2_ssh_key']],
    });

    expect(unexplained([c], allowance)).toEqual([]);
  });

  it('when a value only becomes unknown, then it follows from another change and is not reported', () => {
    const oidc = 'module.environment.module.cluster.aws_iam_openid_connect_provider.this';
    const role = 'module.environment.module.cluster.aws_iam_role.workload["loki"]';
    const changes = [
      change(oidc, { actions: ['delete', 'create'], after_unknown: { url: true }, replace_paths: [['url']] }),
      change(role, {
        before: { assume_role_policy: '{}', tags: { Project: 'dhakacart' } },
        after: { tags: { Project: 'dhakacart' } },
        after_unknown: { assume_role_policy: true },
      }),
    ];

    expect(unexplained(changes, allowance)).toEqual([]);
  });

  it('when anything else changes, then it is reported by address and attribute', () => {
    const changes = [
      change(bucket, { before: { object_lock_enabled: true }, after: { object_lock_enabled: false } }),
      change(bucket, { actions: ['delete', 'create'], replace_paths: [['bucket']] }),
      change(bucket, { actions: ['delete', 'create'] }),
      change(bucket, { actions: ['create'] }),
    ];

    expect(unexplained(changes, allowance)).toEqual([
      `${bucket}: object_lock_enabled`,
      `${bucket}: bucket`,
      `${bucket}: (delete+create)`,
      `${bucket}: (create)`,
    ]);
  });

  it('when a known part changes beside an unknown one, then the known change is still reported', () => {
    const c = change(nodeGroup, {
      before: { launch_template: [{ id: 'lt-1', version: '1' }] },
      after: { launch_template: [{ id: 'lt-2' }] },
      after_unknown: { launch_template: [{ version: true }] },
    });

    expect(unexplained([c], allowance)).toEqual([`${nodeGroup}: launch_template`]);
  });
});

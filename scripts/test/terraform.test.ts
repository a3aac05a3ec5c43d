import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { REPO_ROOT, runTool } from './support/run-cli';
import {
  BUILD_HINT,
  modules,
  pyvenv,
  readTf,
  ROOTS,
  TERRAFORM_DIR,
  tfFiles,
  tftestFiles,
  tofu,
  TFLINT,
  tflintBuilt,
  tofuBuilt,
  variableBlocks,
} from './support/terraform';

// Static checks of terraform/: they need no provider and no cloud. `tofu fmt` needs the cached OpenTofu.
if (!tofuBuilt) console.warn(`terraform: skipped tofu fmt -check (OpenTofu not built): ${BUILD_HINT}`);
if (!tflintBuilt)
  console.warn(
    'terraform: skipped tflint (not built): run `bash scripts/infra/build-tflint.sh` (a few minutes)',
  );

describe('terraform/ layout', () => {
  it.each(modules())(
    'when module %s is listed, then it has main, variables, outputs and versions files',
    (name) => {
      const files = tfFiles().filter((f) => path.dirname(f) === path.join('modules', name));

      expect(files).toEqual(
        expect.arrayContaining(
          ['main.tf', 'variables.tf', 'outputs.tf', 'versions.tf'].map((f) => path.join('modules', name, f)),
        ),
      );
    },
  );

  it('when every variable is read, then each is typed and described', () => {
    const untyped = tfFiles().flatMap((file) =>
      [...variableBlocks(readTf(file))]
        .filter(([, body]) => !/^\s+type\s+=/m.test(body) || !/^\s+description\s+=/m.test(body))
        .map(([name]) => `${file}: ${name}`),
    );

    expect(untyped).toEqual([]);
  });

  it('when a validation fails, then its error message names the variable', () => {
    const unnamed = tfFiles().flatMap((file) =>
      [...variableBlocks(readTf(file))].flatMap(([name, body]) =>
        [...body.matchAll(/error_message\s+=\s+"(.*)"$/gm)]
          .filter((m) => !(m[1] ?? '').includes(name))
          .map((m) => `${file}: ${name}: ${m[1]}`),
      ),
    );

    expect(tfFiles().filter((f) => readTf(f).includes('error_message')).length).toBeGreaterThan(5);
    expect(unnamed).toEqual([]);
  });

  it.each(['envs/staging', 'envs/production'])(
    'when %s/backend.tf is read, then state is encrypted, S3-locked and in the bucket bootstrap makes for its account',
    (env) => {
      const backend = readTf(`${env}/backend.tf`);
      const account = /account_id\s+=\s+"(\d{12})"/.exec(readTf(`${env}/providers.tf`))?.[1];
      const bootstrapName = /name\s+=\s+"(dhakacart-tfstate-)\$\{var\.account_id\}"/.exec(
        readTf('bootstrap/main.tf'),
      )?.[1];

      expect(backend).toMatch(/^\s+use_lockfile\s+=\s+true$/m);
      expect(backend).toMatch(/^\s+encrypt\s+=\s+true$/m);
      expect(backend).not.toMatch(/dynamodb_table/);
      expect(backend).toContain(`bucket       = "${bootstrapName}${account}"`);
      expect(backend).toContain(`key          = "${env}/terraform.tfstate"`);
    },
  );

  it('when the module READMEs are generated again, then each is current', async () => {
    const result = await runTool('terraform-docs', ['--check']);

    expect(result.stderr).toBe('');
    expect(result.stdout).toContain('every module README is current');
    expect(result.code).toBe(0);
  });

  it('when the provider constraint is read, then every root allows the 6.48.0 the local build advertises', () => {
    for (const root of ROOTS) expect(readTf(`${root}/versions.tf`)).toContain('version = ">= 6.48.0, < 7.0"');
  });
});

(tofuBuilt ? describe : describe.skip)('tofu fmt', () => {
  it('when terraform/ is checked by tofu fmt, then it is formatted', () => {
    const result = tofu(['fmt', '-check', '-recursive', '-diff', TERRAFORM_DIR]);

    expect(result.stdout).toBe('');
    expect(result.status).toBe(0);
  });
});

describe('the AWS mock of the tofu tests', () => {
  const body = (block: string) => block.replace(/^ {2}alias\s*=.*\n/m, '');
  const blocks = (text: string) =>
    [...text.matchAll(/^mock_provider "aws" \{\n[\s\S]*?^\}$/gm)].map((m) => m[0]);
  const [canonical = ''] = blocks(readTf('test/aws-mocks.hcl'));
  it.each(tftestFiles())(
    'when %s mocks AWS, then every mock_provider "aws" block is test/aws-mocks.hcl',
    (file) => {
      const copies = blocks(readTf(file)).map((b) =>
        /^ {2}alias\s*=\s*"replica"/m.test(b) ? body(b).replaceAll('ap-southeast-1', 'ap-south-1') : body(b),
      );

      expect(copies.length).toBeGreaterThan(0);
      for (const copy of copies) expect(copy).toBe(canonical);
    },
  );
});

(tflintBuilt ? describe : describe.skip)('tflint', () => {
  it('when terraform/ is linted with the terraform ruleset (all rules), then nothing is reported', () => {
    const result = spawnSync(
      TFLINT,
      [
        '--recursive',
        `--config=${path.join(TERRAFORM_DIR, '.tflint.hcl')}`,
        '--format=compact',
        '--no-color',
      ],
      { cwd: TERRAFORM_DIR, encoding: 'utf8', timeout: 300_000 },
    );

    expect(result.stdout + result.stderr).toBe('');
    expect(result.status).toBe(0);
  });
});

describe('checkov (static scan of the HCL)', () => {
  let report: {
    results: { failed_checks: { check_id: string; file_path: string; resource: string }[] };
    summary: { passed: number; parsing_errors: number };
  };

  beforeAll(() => {
    const venv = pyvenv('checkov');
    const result = spawnSync(
      path.join(venv, 'bin/checkov'),
      [
        '--directory',
        TERRAFORM_DIR,
        '--framework',
        'terraform',
        '--skip-download',
        '--output',
        'json',
        '--quiet',
      ],
      { cwd: REPO_ROOT, encoding: 'utf8', timeout: 600_000, maxBuffer: 64 * 1024 * 1024 },
    );
    const parsed: unknown = JSON.parse(result.stdout);
    report = (Array.isArray(parsed) ? parsed[0] : parsed) as typeof report;
  });

  it('when terraform/ is scanned, then nothing fails and every file parses', () => {
    expect(report.summary.parsing_errors).toBe(0);
    expect(report.results.failed_checks.map((c) => `${c.check_id} ${c.file_path} ${c.resource}`)).toEqual([]);
    expect(report.summary.passed).toBeGreaterThan(300);
  });

  it('when a check is skipped, then the skip says why', () => {
    const skips = tfFiles().flatMap((f) => [
      ...readTf(f).matchAll(/#checkov:skip=([A-Z0-9_]+)(?::(.*))?$/gm),
    ]);

    expect(skips.length).toBeGreaterThan(0);
    expect(skips.filter((m) => (m[2] ?? '').trim().length < 20).map((m) => m[0])).toEqual([]);
  });
});

describe('checkov catches what it is there for', () => {
  it('when a bucket loses its public access block, then the scan fails', () => {
    const copy = mkdtempSync(path.join(tmpdir(), 'dhakacart-tf-'));
    try {
      cpSync(path.join(TERRAFORM_DIR, 'modules/bucket'), copy, { recursive: true });
      const main = readTf('modules/bucket/main.tf').replace(
        /resource "aws_s3_bucket_public_access_block"[\s\S]*?\n\}\n/,
        '',
      );
      writeFileSync(path.join(copy, 'main.tf'), main);
      const venv = pyvenv('checkov');
      const result = spawnSync(
        path.join(venv, 'bin/checkov'),
        [
          '--directory',
          copy,
          '--framework',
          'terraform',
          '--skip-download',
          '--check',
          'CKV2_AWS_6',
          '--compact',
          '--quiet',
        ],
        { encoding: 'utf8', timeout: 300_000 },
      );

      expect(result.stdout).toContain('CKV2_AWS_6');
      expect(result.status).toBe(1);
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  });
});

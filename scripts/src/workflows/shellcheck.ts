import { spawnSync } from 'node:child_process';
import type { Finding, Workflow } from './load';

// The same exclusions actionlint applies: sourced files are not followed, and ${{ }}
// placeholders make some expressions look constant or variables look unassigned.
const EXCLUDED = ['SC1091', 'SC2050', 'SC2154', 'SC2157', 'SC2194'];

interface ShellcheckComment {
  line: number;
  code: number;
  level: string;
  message: string;
}

export function shellcheckAvailable(): boolean {
  return spawnSync('shellcheck', ['--version'], { encoding: 'utf8' }).status === 0;
}

/** Runs shellcheck over every bash run block, as GitHub runs it (bash -e -o pipefail). */
export function checkShellcheck(workflow: Workflow): Finding[] {
  const findings: Finding[] = [];
  for (const block of workflow.runBlocks) {
    if (block.shell !== undefined && !/^(bash|sh)\b/.test(block.shell)) continue;
    // Replace each expression by underscores of the same length, so columns and lines stay put.
    const script = block.script.replace(/\$\{\{[\s\S]*?\}\}/g, (expression) => '_'.repeat(expression.length));
    const result = spawnSync(
      'shellcheck',
      ['--shell=bash', '--format=json', `--exclude=${EXCLUDED.join(',')}`, '-'],
      { input: script, encoding: 'utf8' },
    );
    if (result.error) throw result.error;
    for (const comment of JSON.parse(result.stdout || '[]') as ShellcheckComment[]) {
      findings.push({
        file: workflow.file,
        line: block.line + comment.line - 1,
        rule: `shellcheck:SC${comment.code}`,
        message: `${comment.level} in "${block.step}" (job ${block.job}): ${comment.message}`,
      });
    }
  }
  return findings;
}

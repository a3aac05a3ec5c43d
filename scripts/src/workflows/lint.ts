import { checkActionlint } from './actionlint';
import { loadWorkflow, workflowFiles, type Finding } from './load';
import { checkScriptsExist, readPackageScripts } from './npm-scripts';
import { checkShellcheck } from './shellcheck';
import { checkJobLimits, checkPinnedActions } from './structure';

/** Every repository rule for workflows, over every file in .github/workflows. */
export async function lintWorkflows(repoRoot: string): Promise<Finding[]> {
  const scripts = readPackageScripts(repoRoot);
  const findings: Finding[] = [];
  for (const file of workflowFiles(repoRoot)) {
    const workflow = loadWorkflow(repoRoot, file);
    findings.push(
      ...(await checkActionlint(workflow)),
      ...checkShellcheck(workflow),
      ...checkPinnedActions(workflow),
      ...checkJobLimits(workflow),
      ...checkScriptsExist(workflow, scripts, repoRoot),
    );
  }
  return findings;
}

export function formatFinding(finding: Finding): string {
  return `${finding.file}${finding.line === undefined ? '' : `:${finding.line}`} [${finding.rule}] ${finding.message}`;
}

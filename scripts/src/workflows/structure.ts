import type { Finding, Workflow } from './load';

const SHA_PINNED = /^[\w.-]+\/[\w.-]+(\/[\w./-]+)?@[0-9a-f]{40}$/;
const VERSION_COMMENT = /^#\s*v?\d+(\.\d+)*\S*\s*$/;

/** Every `uses:` is a local action, or pinned to a 40-hex commit with its version in a comment. */
export function checkPinnedActions(workflow: Workflow): Finding[] {
  const findings: Finding[] = [];
  workflow.text.split('\n').forEach((raw, index) => {
    const match = /^\s*(?:-\s+)?uses:\s*(['"]?)([^'"\s#]+)\1\s*(#.*)?$/.exec(raw);
    if (!match) return;
    const target = match[2] ?? '';
    const comment = match[3];
    const at = { file: workflow.file, line: index + 1, rule: 'pinned-actions' };
    if (target.startsWith('./')) return;
    if (target.startsWith('docker://')) {
      if (!/@sha256:[0-9a-f]{64}$/.test(target))
        findings.push({ ...at, message: `${target} must be pinned by digest (docker://image@sha256:...)` });
      return;
    }
    if (!SHA_PINNED.test(target))
      findings.push({ ...at, message: `${target} must be pinned to a full 40-character commit SHA` });
    else if (!comment || !VERSION_COMMENT.test(comment))
      findings.push({ ...at, message: `${target} needs its version in a comment, e.g. "# v4.2.2"` });
  });
  return findings;
}

/** Least privilege and bounded runs: top-level permissions and concurrency; per job permissions and a timeout. */
export function checkJobLimits(workflow: Workflow): Finding[] {
  const { file, data } = workflow;
  const findings: Finding[] = [];
  if (data.permissions === undefined)
    findings.push({
      file,
      rule: 'permissions',
      message: 'the workflow must set top-level permissions (e.g. contents: read)',
    });
  if (data.permissions === 'write-all')
    findings.push({ file, rule: 'permissions', message: 'permissions: write-all is not least privilege' });
  const jobs = Object.entries(data.jobs ?? {});
  if (jobs.length === 0) findings.push({ file, rule: 'jobs', message: 'the workflow has no jobs' });
  if (data.concurrency === undefined && jobs.some(([, job]) => job.concurrency === undefined)) {
    findings.push({ file, rule: 'concurrency', message: 'the workflow (or every job) must set concurrency' });
  }
  for (const [id, job] of jobs) {
    if (job.permissions === undefined)
      findings.push({ file, rule: 'permissions', message: `job "${id}" must set its own permissions` });
    if (job.permissions === 'write-all')
      findings.push({
        file,
        rule: 'permissions',
        message: `job "${id}": permissions: write-all is not least privilege`,
      });
    // A job that calls a reusable workflow cannot set timeout-minutes; the called jobs do.
    if (job.uses === undefined && job['timeout-minutes'] === undefined) {
      findings.push({ file, rule: 'timeout', message: `job "${id}" must set timeout-minutes` });
    }
  }
  return findings;
}

import type { SmokeReport } from './run';

const MARK = { pass: 'PASS', fail: 'FAIL', skip: 'SKIP' } as const;

export function formatReport(report: SmokeReport, format: 'text' | 'json'): string {
  if (format === 'json') return JSON.stringify(report, null, 2);
  const width = Math.max(...report.results.map((r) => r.name.length));
  const lines = report.results.map(
    (r) =>
      `${MARK[r.status]}  ${r.name.padEnd(width)}  ${r.detail}${r.status === 'skip' ? '' : ` (${r.durationMs} ms)`}`,
  );
  const failed = report.results.filter((r) => r.status !== 'pass').length;
  const summary = report.ok
    ? `smoke test passed: ${report.results.length} checks against ${report.baseUrl}`
    : `smoke test FAILED: ${failed} of ${report.results.length} checks did not pass against ${report.baseUrl}`;
  return [...lines, summary].join('\n');
}

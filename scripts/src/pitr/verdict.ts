import type { DrillReport } from './drill';

/** What a correct recovery must show; each failure says what differed. Empty when all holds. */
export function verdict(report: DrillReport): string[] {
  const problems: string[] = [];
  const expected = report.beforeTarget.map((o) => o.number);
  const got = report.pitr.orderNumbers;
  const missing = expected.filter((n) => !got.includes(n));
  const extra = got.filter((n) => !expected.includes(n));
  if (missing.length)
    problems.push(
      `PITR lacks ${missing.length} orders placed before the target: ${missing.slice(0, 5).join(', ')}`,
    );
  if (extra.length)
    problems.push(
      `PITR holds ${extra.length} orders not placed before the target: ${extra.slice(0, 5).join(', ')}`,
    );
  problems.push(...report.pitr.stockProblems.map((p) => `PITR stock: ${p}`));
  if ([...report.pitr.apiListed].sort().join() !== [...got].sort().join())
    problems.push(
      `the API on the restored database lists ${report.pitr.apiListed.length} orders, the database holds ${got.length}`,
    );
  if (report.pitr.apiReadBefore !== 200)
    problems.push(`the API answered ${report.pitr.apiReadBefore} for the last order before the target`);
  if (report.pitr.apiReadAfter !== 404)
    problems.push(`the API answered ${report.pitr.apiReadAfter} for the first order after the target`);
  const restored = new Set(report.crash.restoredNumbers);
  const acknowledged = report.crash.acknowledged.map((o) => o.number);
  const firstLost = acknowledged.findIndex((n) => !restored.has(n));
  const prefix = firstLost === -1 ? acknowledged : acknowledged.slice(0, firstLost);
  if (restored.size !== prefix.length || !prefix.every((n) => restored.has(n)))
    problems.push('the end-of-archive restore is not exactly the acknowledged orders up to a point in time');
  const unsaved = report.crash.mustSurvive.filter((n) => !restored.has(n));
  if (unsaved.length)
    problems.push(
      `${unsaved.length} orders whose WAL was archived are missing after the crash: ${unsaved.slice(0, 5).join(', ')}`,
    );
  const ghosts = report.crash.mustBeLost.filter((n) => restored.has(n));
  if (ghosts.length)
    problems.push(
      `${ghosts.length} orders written after the last archived segment came back: ${ghosts.slice(0, 5).join(', ')}`,
    );
  problems.push(...report.crash.stockProblems.map((p) => `end-of-archive stock: ${p}`));
  for (const [name, restored] of [
    ['PITR', report.pitr.bulkOrders],
    ['end-of-archive', report.crash.bulkOrders],
  ] as const)
    if (restored !== report.bulkOrders)
      problems.push(`${name} holds ${restored} of the ${report.bulkOrders} bulk orders in the base backup`);
  return problems;
}

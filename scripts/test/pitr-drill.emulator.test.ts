import { runDrill, type DrillReport } from '../src/pitr/drill';
import { settingSeconds } from '../src/pitr/production-settings';
import { REPO_ROOT } from './support/run-cli';

// The real barman-cloud tools on a real PostgreSQL 15; S3 is moto's emulator (no cloud account here).
// One drill for the whole file: base backup under orders, a restore to a time, a crash and a
// restore to the end of the archive. Figures are printed by `npm run drill:pitr`, not asserted.
describe('point-in-time recovery drill, barman-cloud against the S3 emulator', () => {
  let report: DrillReport;
  const numbers = (orders: readonly { number: string }[]) => orders.map((o) => o.number).sort();

  beforeAll(async () => {
    report = await runDrill({ repoRoot: REPO_ROOT });
  }, 900_000);

  it('when the base backup runs, then orders were being placed through the API meanwhile', () => {
    expect(report.ordersDuringBackup).toBeGreaterThan(0);
  });

  it('when restored to a time between two orders, then exactly the orders placed before it exist', () => {
    expect([...report.pitr.orderNumbers].sort()).toEqual(numbers(report.beforeTarget));
    expect(report.pitr.orderNumbers).not.toContain(report.afterTarget[0]!.number);
  });

  it('when restored to a time, then stock and stock movements agree', () => {
    expect(report.pitr.stockProblems).toEqual([]);
  });

  it('when the API starts on the restored database, then it serves those orders and not the later ones', () => {
    expect([...report.pitr.apiListed].sort()).toEqual(numbers(report.beforeTarget));
    expect(report.pitr.apiReadBefore).toBe(200);
    expect(report.pitr.apiReadAfter).toBe(404);
  });

  it('when the primary crashes, then the end-of-archive restore holds the acknowledged orders up to a point', () => {
    const acknowledged = report.crash.acknowledged.map((o) => o.number);
    const restored = new Set(report.crash.restoredNumbers);
    const kept = acknowledged.slice(0, acknowledged.length - report.crash.lostOrders);

    expect(report.crash.restoredNumbers.length).toBe(kept.length);
    expect(kept.every((n) => restored.has(n))).toBe(true);
    expect(report.crash.stockProblems).toEqual([]);
  });

  it('when the primary crashes, then every order in an archived segment is back and none written after it', () => {
    const restored = new Set(report.crash.restoredNumbers);

    expect(report.crash.mustSurvive.length).toBeGreaterThan(0);
    expect(report.crash.mustSurvive.filter((n) => !restored.has(n))).toEqual([]);
    expect(report.crash.mustBeLost.filter((n) => restored.has(n))).toEqual([]);
  });
});

describe('settings the drill reads from dist/', () => {
  it.each([
    ['30s', 30],
    ['1min', 60],
    ['45', 45],
  ])('when archive_timeout is %s, then it is %i seconds', (value, seconds) => {
    expect(settingSeconds(value)).toBe(seconds);
  });

  it('when archive_timeout is not a PostgreSQL time, then the error names it', () => {
    expect(() => settingSeconds('soon')).toThrow('archive_timeout soon is not a time PostgreSQL reads');
  });
});

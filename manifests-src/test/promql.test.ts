import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { manifests } from './helpers/repository';

/** Debian's `prometheus` package (scripts/install-test-deps.sh); override with PROMTOOL=/path. */
const PROMTOOL = process.env.PROMTOOL ?? 'promtool';
/** Values substituted for Argo Rollouts' `{{args.*}}` placeholders before parsing. */
const ARGS: Record<string, string> = { namespace: 'dhakacart', app: 'api' };

interface Query {
  readonly name: string;
  readonly expr: string;
}

function analysisQueries(): Query[] {
  return manifests('dist')
    .filter((m) => m.object.kind === 'AnalysisTemplate')
    .flatMap((m) =>
      m.object.spec.metrics.map((metric: { name: string; provider: { prometheus: { query: string } } }) => ({
        name: `${m.path}:${metric.name}`,
        expr: metric.provider.prometheus.query.replace(
          /\{\{\s*args\.([\w-]+)\s*\}\}/g,
          (_: string, arg: string) => ARGS[arg] ?? `MISSING_${arg}`,
        ),
      })),
    );
}

/** Writes the queries as recording rules and runs `promtool check rules`, which parses every expression. */
function promtoolCheck(queries: readonly Query[]): { status: number | null; output: string } {
  const dir = mkdtempSync(join(tmpdir(), 'dhakacart-promql-'));
  try {
    const file = join(dir, 'rules.yaml');
    const rules = queries.map((q, i) => ({ record: `dhakacart:analysis_query_${i}`, expr: q.expr }));
    writeFileSync(file, stringify({ groups: [{ name: 'analysis-queries', rules }] }));
    const run = spawnSync(PROMTOOL, ['check', 'rules', file], { encoding: 'utf8' });
    return { status: run.status, output: `${run.stdout}${run.stderr}` };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('analysis queries', () => {
  const queries = analysisQueries();

  it('when queries are collected, then every placeholder has a value', () => {
    expect(queries.length).toBeGreaterThanOrEqual(8);
    expect(queries.filter((q) => q.expr.includes('MISSING_') || q.expr.includes('{{'))).toEqual([]);
  });

  it('when promtool checks every analysis query, then all parse as PromQL', () => {
    const result = promtoolCheck(queries);
    expect(result.output).toContain('SUCCESS');
    expect(result.status).toBe(0);
  });

  it('when promtool checks a malformed query, then it fails (the check can fail)', () => {
    const result = promtoolCheck([{ name: 'broken', expr: 'sum(rate(http_requests_total[1m])' }]);
    expect(result.status).not.toBe(0);
  });
});

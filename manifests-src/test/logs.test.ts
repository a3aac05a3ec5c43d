import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { alloyConfig } from '../src/argocd/values/logs';
import { dashboardModels, panelQueries } from '../src/dashboards';
import { REQUEST_ID_VARIABLE } from '../src/dashboards/logs-dashboard';
import { SLOW_REQUEST_MS } from '../src/logs/logql';
import { analyseLogQL, GRAFANA_VARIABLES, interpolate, runbookQueries } from '../src/logs/logql-check';
import {
  alloySyntax,
  objectValue,
  stringValue,
  type AlloyBlock,
  type AlloyExpr,
} from './helpers/alloy-syntax';
import { ROOT } from './helpers/repository';

/**
 * Loki, Grafana and Alloy cannot run here. What can be checked: every LogQL query parses with
 * Grafana's own LogQL grammar (@grafana/lezer-logql, the one Grafana's query editor uses) and
 * reads only labels Alloy sets; the Alloy pipeline has the shape the ADR says, in the syntax its
 * docs define, with every reference resolved. That the fields exist in the API's real lines is
 * backend/src/http/request-logs.test.ts.
 */
const context = { namespaces: ['dhakacart', 'dhakacart-staging'] };
const dashboardQueries = panelQueries(context)
  .filter((q) => q.datasource === 'loki')
  .map((q) => ({ where: `${q.dashboard} / ${q.panel}`, expr: q.expr }));
const runbooks = runbookQueries(join(ROOT, 'docs/runbooks')).map((q) => ({ where: q.file, expr: q.expr }));
const allQueries = [...dashboardQueries, ...runbooks];

const shipped = parse(
  readFileSync(join(ROOT, 'argocd/production/platform/Application.alloy.yaml'), 'utf8'),
) as {
  spec: { source: { helm: { valuesObject: { alloy: { configMap: { content: string } } } } } };
};
const syntax = alloySyntax(ROOT);
const pipeline = syntax.parse(shipped.spec.source.helm.valuesObject.alloy.configMap.content);
const component = (name: string) => pipeline.filter((b) => b.name === name);
const one = (name: string): AlloyBlock => {
  const found = component(name);
  if (found.length !== 1) throw new Error(`${found.length} ${name} components`);
  return found[0]!;
};

/** Labels every stream gets: relabel targets plus the pipeline's `stage.labels`. */
function alloyLabels(blocks: readonly AlloyBlock[]): string[] {
  const relabel = blocks.filter((b) => b.name === 'discovery.relabel').flatMap((b) => b.blocks);
  const staged = blocks
    .filter((b) => b.name === 'loki.process')
    .flatMap((b) => b.blocks.filter((s) => s.name === 'stage.labels'))
    .flatMap((s) => Object.keys(objectValue(s.attributes.values)));
  return [...relabel.map((r) => stringValue(r.attributes.target_label)), ...staged].sort();
}

/**
 * Components and `loki.process` stages of Alloy v1.10.0 (the alloy chart 1.2.0's appVersion) that
 * this pipeline uses, with their exports: grafana/alloy docs/sources/reference/components/ at tag
 * v1.10.0 (discovery/discovery.kubernetes.md, discovery/discovery.relabel.md,
 * loki/loki.source.kubernetes.md, loki/loki.process.md, loki/loki.write.md).
 */
const ALLOY_COMPONENTS: Record<string, readonly string[]> = {
  'discovery.kubernetes': ['targets'],
  'discovery.relabel': ['output', 'rules'],
  'loki.source.kubernetes': [],
  'loki.process': ['receiver'],
  'loki.write': ['receiver'],
};
const LOKI_PROCESS_STAGES = ['stage.drop', 'stage.json', 'stage.labels'];
/** Standard library names used, from syntax/internal/stdlib at v1.10.0. */
const ALLOY_STDLIB = { calls: ['coalesce', 'sys.env'], values: ['constants.hostname'] };

function unresolved(blocks: readonly AlloyBlock[]): string[] {
  const declared = new Set(blocks.map((b) => `${b.name}.${b.label}`));
  const attrs = (b: AlloyBlock): AlloyExpr[] => [...Object.values(b.attributes), ...b.blocks.flatMap(attrs)];
  return blocks.flatMap(attrs).flatMap((expr) => [
    ...expr.calls.filter((f) => !ALLOY_STDLIB.calls.includes(f)),
    ...expr.references.filter((ref) => {
      if (ALLOY_STDLIB.values.includes(ref)) return false;
      const parts = ref.split('.');
      const target = parts.slice(0, -1).join('.');
      const kind = parts.slice(0, -2).join('.');
      return !declared.has(target) || !(ALLOY_COMPONENTS[kind] ?? []).includes(parts.at(-1) ?? '');
    }),
  ]);
}

describe('LogQL queries of the dashboards and runbooks', () => {
  it('when the queries are collected, then the Logs dashboard and the runbooks have some', () => {
    expect(dashboardQueries.length).toBeGreaterThanOrEqual(8);
    expect(new Set(runbooks.map((q) => q.where)).size).toBeGreaterThanOrEqual(3);
  });

  it.each(allQueries)('when "$where" is parsed, then the LogQL grammar finds no error', ({ expr }) => {
    expect(analyseLogQL(interpolate(expr)).errors).toEqual([]);
  });

  it('when a query has a typo, then the parse finds an error', () => {
    expect(analyseLogQL('{app="api"} | jsn | route="/x"').errors).not.toEqual([]);
    expect(analyseLogQL('sum by (route) (count_over_time({app="api"} | json [5m])').errors).not.toEqual([]);
    expect(analyseLogQL('{app="api"} | json | responseTime > 500').errors).toEqual([]);
  });

  it('when a query uses a Grafana variable the tests do not know, then interpolation names it', () => {
    expect(() => interpolate('{namespace="$namespce"}')).toThrow('unknown Grafana variable $namespce');
    expect(interpolate('[$__auto]')).toBe(`[${GRAFANA_VARIABLES.__auto}]`);
  });

  it.each(allQueries)('when "$where" selects streams, then only by labels Alloy sets', ({ expr }) => {
    const { streamLabels } = analyseLogQL(interpolate(expr));
    expect(streamLabels.length).toBeGreaterThan(0);
    expect(streamLabels.filter((l) => !alloyLabels(pipeline).includes(l))).toEqual([]);
  });

  it.each(allQueries)('when "$where" reads fields, then it parses the line as JSON first', ({ expr }) => {
    const { fields, parsesJson } = analyseLogQL(interpolate(expr));
    const parsed = fields.filter((f) => !alloyLabels(pipeline).includes(f));
    expect(parsed.length === 0 || parsesJson).toBe(true);
  });

  it('when the slow-request threshold is compared, then it is the latency SLO bucket', () => {
    const rules = readFileSync(join(ROOT, 'manifests-src/src/alerts/shop-rules.ts'), 'utf8');
    expect(rules).toContain(`le="${SLOW_REQUEST_MS / 1000}"`);
  });

  it('when the Logs dashboard is read, then the request-id search is a text box its query uses', () => {
    const logs = dashboardModels(context).find((d) => d.uid === 'dhakacart-logs')!;
    const textboxes = (logs.templating?.list ?? []).filter((v) => v.type === 'textbox').map((v) => v.name);

    expect(textboxes).toEqual([REQUEST_ID_VARIABLE]);
    expect(dashboardQueries.length).toBeGreaterThanOrEqual(9);
    expect(dashboardQueries.some((q) => q.expr.includes('"$request_id"'))).toBe(true);
  });
});

describe('the Alloy pipeline (argocd/production/platform/Application.alloy.yaml)', () => {
  it('when the shipped config is read, then it is the one in argocd/values/logs.ts, and it parses', () => {
    expect(shipped.spec.source.helm.valuesObject.alloy.configMap.content).toBe(alloyConfig);
    expect(pipeline.length).toBeGreaterThanOrEqual(5);
  });

  it("when it is malformed or a reference dangles, then Alloy's parser or the check says so", () => {
    expect(() => syntax.parse('loki.write "default" {\n  endpoint {\n    url = "x"\n}\n')).toThrow(
      'expected }, got EOF',
    );
    expect(() => syntax.parse('loki.write "default" {\n  url = "\\q"\n}\n')).toThrow(
      'unknown escape sequence',
    );
    const dangling = syntax.parse(
      alloyConfig
        .replace('loki.write.default.receiver', 'loki.write.defualt.receiver')
        .replace('coalesce(', 'coalese('),
    );
    expect(unresolved(dangling)).toEqual(['coalese', 'loki.write.defualt.receiver']);
  });

  it('when the components are listed, then each is an Alloy v1.10.0 component and every reference resolves', () => {
    expect(pipeline.map((b) => b.name).filter((n) => !(n in ALLOY_COMPONENTS))).toEqual([]);
    expect(unresolved(pipeline)).toEqual([]);
    const stages = one('loki.process').blocks.map((s) => s.name);
    expect(stages.filter((s) => !LOKI_PROCESS_STAGES.includes(s))).toEqual([]);
  });

  it('when pods are discovered, then each collector reads only the pods of its own node', () => {
    const discovery = one('discovery.kubernetes');
    expect(stringValue(discovery.attributes.role)).toBe('pod');
    const selectors = discovery.blocks.filter((b) => b.name === 'selectors');
    expect(selectors.map((s) => s.attributes.field?.text)).toEqual([
      '"spec.nodeName=" + coalesce(sys.env("HOSTNAME"), constants.hostname)',
    ]);
    // The chart's default controller is a DaemonSet, one pod per node, and it is not overridden.
    const alloyChart = parse(
      readFileSync(join(ROOT, 'manifests-src/charts/alloy/1.2.0/values.yaml'), 'utf8'),
    );
    expect(alloyChart.controller.type).toBe('daemonset');
    expect(Object.keys(shipped.spec.source.helm.valuesObject)).toEqual(['alloy']);
  });

  it('when streams are labelled, then they get namespace, pod, container, app and the JSON level, nothing else', () => {
    expect(alloyLabels(pipeline)).toEqual(['app', 'container', 'level', 'namespace', 'pod']);
    const json = one('loki.process').blocks.find((s) => s.name === 'stage.json')!;
    expect(objectValue(json.attributes.expressions).level).toBe('level');
  });

  it('when health checks are dropped, then the drop on an extracted field comes after the stage that extracts it', () => {
    const stages = one('loki.process').blocks;
    const drops = stages.filter((s) => s.name === 'stage.drop');
    expect(drops.length).toBeGreaterThanOrEqual(2);
    for (const drop of drops) {
      expect(stringValue(drop.attributes.drop_counter_reason)).toBe('health_check');
      const source = drop.attributes.source && stringValue(drop.attributes.source);
      if (!source) continue;
      const extracting = stages.findIndex(
        (s) => s.name === 'stage.json' && source in objectValue(s.attributes.expressions),
      );
      expect([source, extracting >= 0 && extracting < stages.indexOf(drop)]).toEqual([source, true]);
    }
  });
});

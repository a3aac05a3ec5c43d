import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import {
  chartReviews,
  HOOK_EVENTS_ARGOCD_SKIPS,
  REMOVED_IMAGE_REPOSITORIES,
  type HookReview,
} from '../src/argocd/chart-review';
import { platformApps } from '../src/argocd/platform-apps';
import { ENV_NAMES, type EnvName } from '../src/config/schema';
import {
  CHARTS_DIR,
  guardLines,
  hookAnnotationPaths,
  hookEvents,
  isMap,
  isOff,
  monitoringSwitches,
  sources,
  unknownKeys,
  valueAt,
  VendoredChart,
  type Values,
} from './helpers/charts';
import { listFiles, manifests } from './helpers/repository';

/**
 * Production's platform Applications; staging's take the same charts with the same keys (only
 * its infrastructure's values differ), which the last describe checks.
 */
const charts = platformApps('production').map((app) => [app.name, new VendoredChart(app)] as const);

describe('vendored chart files', () => {
  it('when the folder is listed, then every file has a source row and every row a file', () => {
    const files = listFiles(CHARTS_DIR)
      .map((f) => f.slice(CHARTS_DIR.length + 1))
      .filter((f) => f.includes('/'));
    expect(sources.map((s) => s.file).sort()).toEqual(files.sort());
  });

  it('when each file is hashed, then it is the upstream file its row names, unchanged', () => {
    const changed = sources.filter(
      (row) =>
        createHash('sha256')
          .update(readFileSync(join(CHARTS_DIR, row.file)))
          .digest('hex') !== row.sha256,
    );
    expect(changed.map((row) => row.file)).toEqual([]);
    for (const row of sources) {
      expect(row.commit).toMatch(/^[0-9a-f]{40}$/);
      expect(row.repository).toMatch(/^[\w.-]+\/[\w.-]+$/);
    }
  });

  it.each(charts)(
    'when the %s chart is read, then its files are of the pinned version (or a stand-in said so)',
    (name, chart) => {
      const { version } = chart.app.chart;
      const expected = chartReviews[name]?.standIn?.version ?? version;
      const own = chart.rows().filter((r) => !r.file.includes('/charts/'));
      expect(own.length).toBeGreaterThan(0);
      for (const row of own) expect(row.tag.endsWith(expected)).toBe(true);
      const files = chart.files();
      if (files.includes('Chart.yaml'))
        expect(String(parse(chart.read('Chart.yaml')).version)).toBe(expected.replace(/^v/, ''));
    },
  );
});

describe('Helm values against the charts at their pinned versions', () => {
  it.each(charts)(
    'when the %s values are compared with the chart, then every key DhakaCart sets exists there',
    (name, chart) => {
      const review = chartReviews[name];
      const freeForm = Object.keys({ ...review?.freeForm, ...review?.undeclared, ...review?.commented });
      expect(unknownKeys(chart.app.values as Values, chart.defaults, freeForm)).toEqual([]);
    },
  );

  it.each(charts)(
    'when the %s review names free-form maps, then each is a map or blob of the chart',
    (name, chart) => {
      for (const path of Object.keys(chartReviews[name]?.freeForm ?? {})) {
        const value = valueAt(chart.defaults, path);
        // null: the chart leaves it unset by default (velero's annotations).
        expect([path, value === null || isMap(value) || typeof value === 'string']).toEqual([path, true]);
      }
    },
  );

  it.each(charts)(
    'when the %s review names keys values.yaml does not declare, then a vendored template reads each',
    (name, chart) => {
      for (const [path, template] of Object.entries(chartReviews[name]?.undeclared ?? {})) {
        expect([path, chart.read(template).includes(`.Values.${path}`)]).toEqual([path, true]);
        expect([path, valueAt(chart.defaults, path)]).toEqual([path, undefined]);
      }
    },
  );

  it.each(charts)(
    'when the %s review names keys values.yaml declares only in a comment, then that comment is there',
    (name, chart) => {
      for (const [path, comment] of Object.entries(chartReviews[name]?.commented ?? {})) {
        expect([path, chart.read('values.yaml').includes(comment)]).toEqual([path, true]);
        expect([path, valueAt(chart.defaults, path)]).toEqual([path, undefined]);
      }
    },
  );

  it('when a key is misspelt, then the comparison names it', () => {
    const velero = charts.find(([name]) => name === 'velero')![1];
    const values = {
      ...(velero.app.values as Values),
      metrics: { serviceMonitor: { enabeld: true } },
      upgradeCRD: false,
    };
    expect(unknownKeys(values, velero.defaults, [])).toEqual(
      expect.arrayContaining([
        "metrics.serviceMonitor.enabeld: not a key of the chart's values.yaml",
        "upgradeCRD: not a key of the chart's values.yaml",
      ]),
    );
    expect(unknownKeys({ metrics: true }, velero.defaults, [])).toEqual([
      'metrics: a scalar, where the chart takes a map',
    ]);
  });
});

describe('chart hooks, as Argo CD runs them', () => {
  const reviewed = (name: string): readonly HookReview[] => chartReviews[name]?.hooks ?? [];

  it.each(charts)(
    'when the %s chart is searched for hooks, then every one found is reviewed, and nothing else',
    (name, chart) => {
      const templates = chart
        .files()
        .filter((f) => /(^|\/)templates\//.test(f) && chart.read(f).includes('helm.sh/hook'))
        .sort();
      expect(
        reviewed(name)
          .flatMap((h) => h.templates ?? [])
          .sort(),
      ).toEqual(templates);
      expect(
        reviewed(name)
          .flatMap((h) => h.valueAnnotations ?? [])
          .sort(),
      ).toEqual(hookAnnotationPaths(chart.defaults).sort());
    },
  );

  const cases = charts.flatMap(([name, chart]) =>
    reviewed(name).map(
      (hook) => [name, (hook.templates ?? hook.valueAnnotations ?? [])[0], chart, hook] as const,
    ),
  );

  it.each(cases)(
    'when the %s hook %s is checked, then it is off, skipped by Argo CD, or runs the image reviewed',
    (_name, _first, chart, hook) => {
      const values = chart.effective();
      const { verdict } = hook;
      switch (verdict.kind) {
        case 'off':
          for (const template of hook.templates ?? []) {
            // The guard must gate the whole template: an `if` (or `and`) on it, never `or` or `not`.
            const guard = guardLines(chart.read(template)).find((line) => line.includes(verdict.guard)) ?? '';
            expect([template, guard]).toEqual([template, expect.stringContaining(verdict.guard)]);
            expect([
              template,
              /\bor\b|\bnot\s+\(?\s*$/.test(guard.slice(0, guard.indexOf(verdict.guard))),
            ]).toEqual([template, false]);
          }
          expect([verdict.when, isOff(valueAt(values, verdict.when))]).toEqual([verdict.when, true]);
          break;
        case 'skipped-by-argocd':
          for (const template of hook.templates ?? []) {
            const events = hookEvents(chart.read(template), chart.valuesFor(template));
            expect(events.length).toBeGreaterThan(0);
            for (const event of events) expect(HOOK_EVENTS_ARGOCD_SKIPS).toContain(event);
          }
          break;
        case 'runs': {
          const first = (paths: readonly string[]) =>
            paths.map((p) => valueAt(values, p)).find((v) => typeof v === 'string' && v !== '');
          const registry = first(verdict.image.registry ?? []);
          const image = [registry, first(verdict.image.from)].filter(Boolean).join('/');
          expect(image).toBe(verdict.image.is);
          for (const removed of REMOVED_IMAGE_REPOSITORIES) expect(image.startsWith(removed)).toBe(false);
          for (const template of hook.templates ?? []) {
            const events = hookEvents(chart.read(template), chart.valuesFor(template));
            for (const event of events) expect(HOOK_EVENTS_ARGOCD_SKIPS).not.toContain(event);
          }
          break;
        }
      }
    },
  );

  it.each(charts)('when the %s chart has dependencies, then each enabled one is reviewed', (name, chart) => {
    const meta = chart.files().includes('Chart.yaml')
      ? (parse(chart.read('Chart.yaml')) as {
          dependencies?: { name: string; condition?: string; version: string }[];
        })
      : {};
    const values = chart.effective();
    const enabled = (meta.dependencies ?? []).filter(
      (d) => !d.condition || !isOff(valueAt(values, d.condition)),
    );
    expect(Object.keys(chartReviews[name]?.dependencies ?? {}).sort()).toEqual(
      enabled.map((d) => d.name).sort(),
    );
    for (const dep of enabled) {
      const vendored = `charts/${dep.name}/Chart.yaml`;
      if (chart.files().includes(vendored))
        expect(String(parse(chart.read(vendored)).version)).toBe(dep.version);
    }
  });

  it('when the Velero upgrade-CRDs hook is off, then the chart crds/ still bring every velero.io kind dist/ uses, and Argo CD applies them', () => {
    const velero = charts.find(([name]) => name === 'velero')![1];
    const defined = velero
      .files()
      .filter((f) => f.startsWith('crds/'))
      .map((f) => parse(velero.read(f)) as { kind: string; spec: { group: string; names: { kind: string } } })
      .filter((crd) => crd.kind === 'CustomResourceDefinition')
      .map((crd) => `${crd.spec.group}/${crd.spec.names.kind}`);
    const used = manifests('dist')
      .map((m) => m.object)
      .filter((o) => o.apiVersion.startsWith('velero.io/'))
      .map((o) => `velero.io/${o.kind}`);
    expect(used.length).toBeGreaterThan(0);
    expect(defined).toEqual(expect.arrayContaining([...new Set(used)]));
    const app = manifests('argocd').find(
      (m) => m.object.kind === 'Application' && m.object.metadata.name === 'velero',
    )!;
    expect(app.object.spec.source.helm.skipCrds).toBeUndefined();
  });

  it('when the Velero upgrade-CRDs hook would run, then the check refuses it and names the removed image', () => {
    const velero = charts.find(([name]) => name === 'velero')![1];
    const image = valueAt(velero.defaults, 'kubectl.image.repository') as string;
    expect(REMOVED_IMAGE_REPOSITORIES.some((r) => image.startsWith(r))).toBe(true);
    expect(valueAt(velero.effective(), 'upgradeCRDs')).toBe(false);
    expect(readFileSync(join(velero.dir, 'templates/upgrade-crds/upgrade-crds.yaml'), 'utf8')).toContain(
      '.Values.kubectl.image.repository',
    );
  });
});

describe('sync waves and the CRDs a chart renders objects of', () => {
  const applications = manifests('argocd').filter((m) => m.object.kind === 'Application');
  const wave = (name: string) => {
    const app = applications.find((m) => m.object.metadata.name === name)!;
    return Number(app.object.metadata.annotations?.['argocd.argoproj.io/sync-wave'] ?? 0);
  };
  const provider = charts.find(([name]) =>
    chartReviews[name]?.providesCrdGroups?.includes('monitoring.coreos.com'),
  )!;

  it('when the charts are searched for monitoring objects, then the charts that render them are found', () => {
    const rendering = charts.filter(
      ([name, chart]) => name !== provider[0] && monitoringSwitches(chart.effective()).length > 0,
    );
    expect(rendering.map(([name]) => name)).toEqual(
      expect.arrayContaining([
        'argo-cd',
        'argo-rollouts',
        'sealed-secrets',
        'cert-manager',
        'velero',
        'cloudnative-pg',
      ]),
    );
    expect(
      monitoringSwitches({
        a: { serviceMonitor: { enabled: true } },
        b: { podMonitorEnabled: true },
        c: { servicemonitor: { enabled: false } },
      }),
    ).toEqual(['a.serviceMonitor.enabled', 'b.podMonitorEnabled']);
  });

  it.each(charts.filter(([name]) => name !== provider[0]))(
    'when %s renders ServiceMonitors, PodMonitors or PrometheusRules, then the chart with their CRDs is in an earlier wave',
    (name, chart) => {
      const awaiting = chartReviews[name]?.monitorsAwaitCrds ?? {};
      const switches = monitoringSwitches(chart.effective()).filter((s) => !(s in awaiting));
      if (switches.length === 0) return;
      expect([name, switches, wave(provider[0]) < wave(name)]).toEqual([name, switches, true]);
    },
  );

  const awaiting = charts.flatMap(([name, chart]) =>
    Object.entries(chartReviews[name]?.monitorsAwaitCrds ?? {}).map(
      ([path, template]) => [name, path, template, chart] as const,
    ),
  );

  it.each(
    awaiting.map(([name, path, template, chart]) => [`${name} ${path}`, path, template, chart] as const),
  )(
    'when %s renders a monitor before the CRDs exist, then its template renders only on a cluster that serves them',
    (_, path, template, chart) => {
      const first = readFileSync(join(chart.dir, template), 'utf8').split('\n')[0];
      expect(first).toMatch(/^\{\{-? if /);
      expect(first).toContain('(.Capabilities.APIVersions.Has "monitoring.coreos.com/v1")');
      expect(first).toContain(`.Values.${path}`);
      expect(monitoringSwitches(chart.effective())).toContain(path);
    },
  );
});

describe('Argo Rollouts controller rights', () => {
  const rollouts = charts.find(([name]) => name === 'argo-rollouts')![1];
  const values = rollouts.effective();
  const extra = (valueAt(values, 'providerRBAC.additionalRules') ?? []) as {
    resources: string[];
    verbs: string[];
  }[];
  const WRITE = ['create', 'update', 'patch', 'delete', 'deletecollection', '*'];

  it('when the chart is read, then its Gateway API provider switch is what grants ConfigMap writes cluster-wide', () => {
    const helpers = rollouts.read('templates/_helpers.tpl');
    expect(helpers).toMatch(
      /- configmaps\s+verbs:\s+- get\s+- list\s+- watch\s+\{\{- if \.Values\.providerRBAC\.providers\.gatewayAPI \}\}\s+- create\s+- update/,
    );
  });

  it('when the controller is granted its rights, then it cannot write ConfigMaps, which the Gateway API plugin no longer uses', () => {
    expect(isOff(valueAt(values, 'providerRBAC.providers.gatewayAPI'))).toBe(true);
    const configMapWrites = extra.filter(
      (r) => r.resources.includes('configmaps') && r.verbs.some((v) => WRITE.includes(v)),
    );
    expect(configMapWrites).toEqual([]);
  });

  it('when the controller is granted its rights, then the plugin can still read and rewrite HTTPRoutes', () => {
    const verbs = extra.filter((r) => r.resources.includes('httproutes')).flatMap((r) => r.verbs);
    expect(verbs).toEqual(expect.arrayContaining(['get', 'list', 'update', 'patch']));
  });
});

describe("each cluster's platform", () => {
  const leafPaths = (values: unknown, path = ''): string[] =>
    isMap(values)
      ? Object.entries(values).flatMap(([k, v]) => leafPaths(v, path ? `${path}.${k}` : k))
      : [path];
  const shape = (env: EnvName) =>
    platformApps(env).map((app) => ({
      name: app.name,
      chart: app.chart,
      namespace: app.namespace,
      wave: app.wave,
      keys: leafPaths(app.values),
    }));

  it.each(ENV_NAMES.filter((env) => env !== 'production'))(
    "when %s's platform Applications are compared with production's, then they are the same charts, waves and value keys",
    (env) => {
      expect(shape(env)).toEqual(shape('production'));
    },
  );
});

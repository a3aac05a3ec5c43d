import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parse } from 'yaml';
import { heartbeat } from '../src/argocd/values/alertmanager';
import { environments } from '../src/config/environments';
import { infrastructure } from '../src/config/infrastructure';
import { ENVIRONMENTS, listFiles, manifests, ROOT, type K8sObject } from './helpers/repository';

const objects = manifests('argocd').map((m) => m.object);
const ofKind = (kind: string) => objects.filter((o) => o.kind === kind);
const wave = (o: K8sObject) => Number(o.metadata.annotations?.['argocd.argoproj.io/sync-wave'] ?? 0);

/**
 * A directory source's `include`/`exclude` as Argo CD matches them: gobwas/glob without separators
 * (argo-cd v3.0.6 util/glob/glob.go), so `*` matches any run of characters, `/` included, `?` one,
 * and `{a,b}` either alternative.
 */
function argoGlob(pattern: string): RegExp {
  let re = '';
  for (const c of pattern) {
    if (c === '*') re += '.*';
    else if (c === '?') re += '.';
    else if (c === '{') re += '(?:';
    else if (c === '}') re += ')';
    else if (c === ',') re += '|';
    else re += c.replace(/[.+^$()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}

describe('argoGlob, the matching of a directory source', () => {
  it('when patterns are matched, then * spans folders and braces are alternatives', () => {
    expect(argoGlob('{projects/*,staging/*}').test('staging/platform/Application.loki.yaml')).toBe(true);
    expect(argoGlob('{projects/*,staging/*}').test('production/platform/Application.loki.yaml')).toBe(false);
    expect(argoGlob('bootstrap/argo-cd-values.yaml').test('bootstrap/argo-cd-values.yaml')).toBe(true);
    expect(argoGlob('a.yaml').test('aXyaml')).toBe(false);
  });
});

interface GitDirectory {
  readonly path: string;
  readonly exclude?: boolean;
}
const generatorDirectories = (set: K8sObject): GitDirectory[] =>
  set.spec.generators.flatMap((g: { git: { directories: GitDirectory[] } }) => g.git.directories);

/**
 * Whether a platform Application's workloads claim volumes: a volumeClaimTemplate in its values (the
 * Prometheus and Alertmanager of kube-prometheus-stack), or Loki's SingleBinary with persistence, which
 * its chart enables by default (helm-loki-6.33.0 values.yaml, singleBinary.persistence.enabled: true).
 */
function claimsVolumes(app: K8sObject): boolean {
  const values = app.spec.source.helm?.valuesObject;
  const hasTemplate = (v: unknown): boolean =>
    !!v &&
    typeof v === 'object' &&
    Object.entries(v).some(([k, x]) => k === 'volumeClaimTemplate' || hasTemplate(x));
  if (app.spec.source.chart !== 'loki') return hasTemplate(values);
  const chartDefault = parse(
    readFileSync(
      join(ROOT, 'manifests-src/charts/loki', app.spec.source.targetRevision, 'values.yaml'),
      'utf8',
    ),
  );
  const single = { ...chartDefault.singleBinary, ...values?.singleBinary };
  const persistence = { ...chartDefault.singleBinary.persistence, ...values?.singleBinary?.persistence };
  return single.replicas > 0 && persistence.enabled === true;
}

/** The files the root Application of one cluster applies (relative to argocd/), as Argo CD selects them. */
function rootSelects(root: K8sObject): string[] {
  const { path, directory } = root.spec.source;
  const base = join(ROOT, path);
  return listFiles(base)
    .map((file) => file.slice(base.length + 1))
    .filter((file) => /\.(yaml|yml|json)$/.test(file))
    .filter((file) => !directory.exclude || !argoGlob(directory.exclude).test(file))
    .filter((file) => !directory.include || argoGlob(directory.include).test(file))
    .map((file) => join(path, file).slice('argocd/'.length));
}

describe.each(ENVIRONMENTS)('the Argo CD of the %s cluster', (env) => {
  const rootFile = `${env}/bootstrap/Application.root.yaml`;
  const root = parse(readFileSync(join(ROOT, 'argocd', rootFile), 'utf8')) as K8sObject;
  const selected = rootSelects(root);
  const own = selected.map((file) => parse(readFileSync(join(ROOT, 'argocd', file), 'utf8')) as K8sObject);
  const ofOwnKind = (kind: string) => own.filter((o) => o.kind === kind);
  const app = (name: string) => ofOwnKind('Application').find((a) => a.metadata.name === name)!;
  const others = ENVIRONMENTS.filter((e) => e !== env);

  it('when the root application is read, then it applies its own folder of argocd/ recursively, itself included', () => {
    expect(root.spec.source).toEqual(
      expect.objectContaining({
        path: `argocd/${env}`,
        directory: expect.objectContaining({ recurse: true }),
      }),
    );
    expect(root.metadata.finalizers).toBeUndefined();
    expect(selected).toContain(rootFile);
  });

  it('when the root selects its files, then it takes every object of its folder, and not the bootstrap Helm values', () => {
    const ownFolder = listFiles(join(ROOT, 'argocd', env))
      .map((file) => file.slice(join(ROOT, 'argocd').length + 1))
      .filter((file) => file.endsWith('.yaml'));
    const objectsOnly = ownFolder.filter((file) => !file.endsWith('bootstrap/argo-cd-values.yaml'));
    expect(ownFolder.length - objectsOnly.length).toBe(1);
    expect(selected.sort()).toEqual(objectsOnly.sort());
    expect(selected.filter((f) => !f.startsWith(`${env}/`))).toEqual([]);
  });

  it("when its objects are read, then they name no other environment's account, cluster, bucket or heartbeat", () => {
    const text = selected.map((file) => readFileSync(join(ROOT, 'argocd', file), 'utf8')).join('\n');
    for (const other of others) {
      const infra = infrastructure[other];
      for (const fact of [
        infra.accountId,
        infra.clusterName,
        infra.logs.bucket,
        infra.clusterBackups.bucket,
        `/heartbeats/${heartbeat(other)}/`,
      ]) {
        expect({ other, fact, found: text.includes(fact) }).toEqual({ other, fact, found: false });
      }
    }
    expect(text).toContain(infrastructure[env].accountId);
    expect(text).toContain(`/heartbeats/${heartbeat(env)}/`);
  });

  it("when its cluster folder of dist/ is read, then no namespace in it is another environment's, and no value names another's host", () => {
    type Leaf = [key: string, value: string];
    const leaves = (value: unknown, key = ''): Leaf[] => {
      // Dashboards are JSON documents inside ConfigMap data; alert templates also start with "{".
      if (typeof value === 'string')
        return value.startsWith('{\n') ? leaves(JSON.parse(value)) : [[key, value]];
      if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => leaves(v, k));
      return [];
    };
    const all = manifests(`dist/cluster/${env}`).flatMap((m) => leaves(m.object));
    const namespaces = new Set(all.filter(([key]) => key === 'namespace').map(([, value]) => value));
    for (const other of others) {
      const { namespace, host } = environments[other];
      expect({ other, namespace, found: namespaces.has(namespace) }).toEqual({
        other,
        namespace,
        found: false,
      });
      expect(all.filter(([, value]) => value.includes(host))).toEqual([]);
    }
    expect(namespaces).toContain(environments[env].namespace);
    expect(all.some(([, value]) => value === environments[env].host)).toBe(true);
  });

  it('when Argo CD itself is read, then it is a Helm Application in the first wave (it manages itself)', () => {
    const self = app('argo-cd');
    expect(self.spec.source.chart).toBe('argo-cd');
    expect(wave(self)).toBe(Math.min(...ofOwnKind('Application').map(wave)));
  });

  it('when the bootstrap files are read, then Helm installs the very chart version and values the argo-cd Application takes over', () => {
    const self = app('argo-cd');
    const settings = readFileSync(join(ROOT, 'argocd/bootstrap/chart.env'), 'utf8');
    expect(settings).toContain(`ARGOCD_CHART_VERSION=${self.spec.source.targetRevision}\n`);
    expect(settings).toContain(`ARGOCD_RELEASE=${self.spec.source.helm.releaseName}\n`);
    const values = parse(readFileSync(join(ROOT, 'argocd', env, 'bootstrap/argo-cd-values.yaml'), 'utf8'));
    expect(values).toEqual(self.spec.source.helm.valuesObject);
  });

  it('when its ApplicationSets are read, then they generate its own environment and its own cluster folder only', () => {
    const generated = ofOwnKind('ApplicationSet').flatMap((s) => generatorDirectories(s).map((d) => d.path));
    expect(generated.sort()).toEqual(
      [`dist/cluster/${env}/*`, `dist/cluster/${env}/storage`, `dist/${env}/*`].sort(),
    );
  });

  it('when sync waves are compared, then the default StorageClass is synced before everything that claims a volume', () => {
    // The root waits for each wave to be healthy (the Application health check in argo-cd-values.yaml);
    // a Prometheus whose claim has no class is never healthy (argo-cd resource_customizations/
    // monitoring.coreos.com/Prometheus/health.lua: Available), so a later class would never come.
    const storage = ofOwnKind('Application').find(
      (a) => a.spec.source.path === `dist/cluster/${env}/storage`,
    )!;
    const classes = manifests(`dist/cluster/${env}/storage`).map((m) => m.object);
    expect(
      classes.filter(
        (o) => o.metadata.annotations?.['storageclass.kubernetes.io/is-default-class'] === 'true',
      ),
    ).toHaveLength(1);
    const claimants = ofOwnKind('Application').filter((a) => claimsVolumes(a));
    expect(claimants.map((a) => a.metadata.name).sort()).toEqual(['kube-prometheus-stack', 'loki']);
    for (const a of [...claimants, ...ofOwnKind('ApplicationSet')])
      expect({ app: a.metadata.name, after: wave(a) > wave(storage) }).toEqual({
        app: a.metadata.name,
        after: true,
      });
    const excluded = ofOwnKind('ApplicationSet').flatMap((s) =>
      generatorDirectories(s).filter((d) => d.exclude),
    );
    expect(excluded).toEqual([{ path: storage.spec.source.path, exclude: true }]);
  });

  it('when platform Applications are read, then every Helm chart is pinned and its repository allowed by its project', () => {
    const platform = ofOwnKind('AppProject').find((p) => p.metadata.name === 'platform')!;
    for (const a of ofOwnKind('Application').filter((x) => x.spec.source.chart)) {
      expect({ app: a.metadata.name, version: a.spec.source.targetRevision }).toEqual({
        app: a.metadata.name,
        version: expect.stringMatching(/^v?\d+\.\d+\.\d+$/),
      });
      expect(platform.spec.sourceRepos).toContain(a.spec.source.repoURL);
      expect(a.spec.project).toBe('platform');
    }
  });

  it('when sync waves are compared, then operators come before what needs their CRDs, and the shop comes last', () => {
    expect(wave(app('cert-manager'))).toBeLessThan(wave(app('plugin-barman-cloud')));
    expect(wave(app('cloudnative-pg'))).toBeLessThan(wave(app('plugin-barman-cloud')));
    expect(wave(app('gateway-api-crds'))).toBeLessThan(wave(app('nginx-gateway-fabric')));
    const lastPlatformWave = Math.max(...ofOwnKind('Application').map(wave));
    for (const set of ofOwnKind('ApplicationSet')) expect(wave(set)).toBeGreaterThan(lastPlatformWave);
    for (const project of ofOwnKind('AppProject')) expect(wave(project)).toBe(wave(app('argo-cd')));
  });

  it('when the Rollouts controller is configured, then it loads the Gateway API plugin the Rollouts reference', () => {
    const plugins = app('argo-rollouts').spec.source.helm.valuesObject.controller.trafficRouterPlugins;
    expect(plugins).toEqual([
      expect.objectContaining({
        name: 'argoproj-labs/gatewayAPI',
        location: expect.stringMatching(/\/v\d+\.\d+\.\d+\//),
      }),
    ]);
  });
});

describe('Argo CD objects of every cluster', () => {
  it('when every dist/<env>/<chart> and dist/cluster/<env>/<chart> folder is listed, then exactly one ApplicationSet or Application syncs it', () => {
    const directories = ofKind('ApplicationSet').flatMap(generatorDirectories);
    const folders = (dir: string) =>
      readdirSync(join(ROOT, dir), { withFileTypes: true })
        .filter((d) => d.isDirectory())
        .map((d) => `${dir}/${d.name}`);
    const chartParents = folders('dist').flatMap((f) => (f === 'dist/cluster' ? folders(f) : [f]));
    expect(
      directories
        .filter((d) => !d.exclude)
        .map((d) => d.path)
        .sort(),
    ).toEqual(chartParents.map((f) => `${f}/*`).sort());
    const syncedBy = (chart: string) => [
      ...directories
        .filter((d) => !d.exclude && d.path === `${dirname(chart)}/*`)
        .filter(() => !directories.some((d) => d.exclude && d.path === chart)),
      ...ofKind('Application').filter((a) => a.spec.source.path === chart),
    ];
    for (const chart of chartParents.flatMap(folders))
      expect({ chart, syncedBy: syncedBy(chart).length }).toEqual({ chart, syncedBy: 1 });
  });

  it('when platform Applications are read, then deleting one never cascades to its CRDs and custom resources', () => {
    expect(ofKind('Application').filter((a) => a.metadata.finalizers)).toEqual([]);
  });

  it('when the dhakacart project is read, then it deploys only from this repository, no Secret, and no cluster-scoped kind but Namespace', () => {
    const project = ofKind('AppProject').find((p) => p.metadata.name === 'dhakacart')!;
    expect(project.spec.sourceRepos).toHaveLength(1);
    expect(project.spec.clusterResourceWhitelist).toEqual([{ group: '', kind: 'Namespace' }]);
    expect(project.spec.namespaceResourceBlacklist).toContainEqual({ group: '', kind: 'Secret' });
  });

  it('when the environments sync policies are read, then staging prunes and self-heals and production self-heals without auto-prune', () => {
    const policy = (name: string) =>
      ofKind('ApplicationSet').find((s) => s.metadata.name === name)!.spec.template.spec.syncPolicy.automated;
    expect(policy('staging')).toEqual({ prune: true, selfHeal: true });
    expect(policy('production')).toEqual({ prune: false, selfHeal: true });
  });
});

describe('auto-sync turned off by hand, as the deployment guide does', () => {
  const guide = readFileSync(join(ROOT, 'docs/deployment-guide.md'), 'utf8');
  // `argocd app set --sync-policy none` removes spec.syncPolicy.automated from the Application.
  const TOUCHED = '/spec/syncPolicy/automated';
  const covers = (pointer: string) => TOUCHED === pointer || TOUCHED.startsWith(`${pointer}/`);

  it('when the guide is read, then it turns auto-sync off with argocd app set --sync-policy none', () => {
    expect(guide).toMatch(/argocd app set <app> --sync-policy none/);
  });

  it.each(ofKind('ApplicationSet').map((s) => [s.metadata.name, s] as const))(
    'when the %s ApplicationSet reconciles, then it leaves an Application whose auto-sync was turned off alone',
    (_name, set) => {
      const rules = (set.spec.ignoreApplicationDifferences ?? []) as {
        name?: string;
        jsonPointers?: string[];
      }[];
      const pointers = rules.filter((r) => r.name === undefined).flatMap((r) => r.jsonPointers ?? []);
      expect(pointers.some(covers)).toBe(true);
      // Nothing else of the template is left to drift.
      expect(pointers.filter((p) => !covers(p))).toEqual([]);
    },
  );
});

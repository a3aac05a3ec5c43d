import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { manifests, ROOT, type K8sObject } from './helpers/repository';

const objects = manifests('argocd').map((m) => m.object);
const ofKind = (kind: string) => objects.filter((o) => o.kind === kind);
const wave = (o: K8sObject) => Number(o.metadata.annotations?.['argocd.argoproj.io/sync-wave'] ?? 0);
const app = (name: string) => ofKind('Application').find((a) => a.metadata.name === name)!;

describe('Argo CD objects', () => {
  it('when the root application is read, then it applies argocd/ recursively, itself included', () => {
    const root = app('root');
    expect(root.spec.source).toEqual(
      expect.objectContaining({ path: 'argocd', directory: expect.objectContaining({ recurse: true }) }),
    );
    expect(root.metadata.finalizers).toBeUndefined();
  });

  it('when Argo CD itself is read, then it is a Helm Application in the first wave (it manages itself)', () => {
    const self = app('argo-cd');
    expect(self.spec.source.chart).toBe('argo-cd');
    expect(wave(self)).toBe(Math.min(...ofKind('Application').map(wave)));
  });

  it('when the bootstrap files are read, then Helm installs the very chart version and values the argo-cd Application takes over', () => {
    const self = app('argo-cd');
    const env = readFileSync(join(ROOT, 'argocd/bootstrap/chart.env'), 'utf8');
    expect(env).toContain(`ARGOCD_CHART_VERSION=${self.spec.source.targetRevision}\n`);
    expect(env).toContain(`ARGOCD_RELEASE=${self.spec.source.helm.releaseName}\n`);
    const values = parse(readFileSync(join(ROOT, 'argocd/bootstrap/argo-cd-values.yaml'), 'utf8'));
    expect(values).toEqual(self.spec.source.helm.valuesObject);
  });

  it('when every dist/<env>/<chart> folder is listed, then an ApplicationSet generates an Application for it', () => {
    const generated = ofKind('ApplicationSet').flatMap((s) =>
      s.spec.generators.flatMap((g: { git: { directories: { path: string }[] } }) =>
        g.git.directories.map((d) => d.path),
      ),
    );
    for (const env of readdirSync(join(ROOT, 'dist'), { withFileTypes: true }).filter((d) =>
      d.isDirectory(),
    )) {
      expect(generated).toContain(`dist/${env.name}/*`);
    }
  });

  it('when platform Applications are read, then every Helm chart is pinned and its repository allowed by its project', () => {
    const platform = ofKind('AppProject').find((p) => p.metadata.name === 'platform')!;
    for (const a of ofKind('Application').filter((x) => x.spec.source.chart)) {
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
    const lastPlatformWave = Math.max(...ofKind('Application').map(wave));
    for (const set of ofKind('ApplicationSet')) expect(wave(set)).toBeGreaterThan(lastPlatformWave);
    for (const project of ofKind('AppProject')) expect(wave(project)).toBe(wave(app('argo-cd')));
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

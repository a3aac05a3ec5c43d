import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { platformNamespaces } from '../src/config/platform';
import { startControlPlane, type ControlPlane } from './helpers/control-plane';
import { listFiles, manifests, ROOT, type K8sObject } from './helpers/repository';

/**
 * What a first sync meets, on a real kube-apiserver of the release the clusters run: the pinned CRDs and the
 * admission policies are applied for real, then every object of dist/ and argocd/ is dry-run on the server as the
 * Argo CD application controller would send it. Proves: built-in and CRD schemas (strict: unknown fields are errors),
 * CRD CEL rules, Pod Security admission of each namespace, and DhakaCart's ValidatingAdmissionPolicies.
 * Cannot prove: what the operators' webhooks, controllers and Helm hooks do (only a real cluster does; see
 * docs/architecture.md).
 */

/** The identity Argo CD applies with: the chart's application-controller service account. */
const ARGO_CD_CONTROLLER = `system:serviceaccount:${platformNamespaces.argocd}:argocd-application-controller`;
/** Someone on the team, using kubectl by hand. */
const PERSON = 'bob@dhakacart.com.bd';
const FIXTURE_NAMESPACE = 'policy-fixtures';

interface Fixture {
  policy: string;
  message: string;
  request?: { userInfo?: { username?: string } };
  object: K8sObject;
}
const fixtures = listFiles(join(ROOT, 'policies/tests'))
  .filter((file) => file.endsWith('.yaml'))
  .map((file) => [file.slice(ROOT.length), parse(readFileSync(file, 'utf8')) as Fixture] as const);

let cluster: ControlPlane;

function ok(result: ReturnType<ControlPlane['kubectl']>, what: string): string {
  if (result.status !== 0) throw new Error(`${what} failed:\n${result.stderr}${result.stdout}`);
  return result.stdout;
}

/** Every namespace the objects of dist/ and argocd/ go into (Argo CD's CreateNamespace makes those not in dist/). */
function targetNamespaces(): string[] {
  const all = [...manifests('dist'), ...manifests('argocd')].map((m) => m.object.metadata.namespace);
  return [...new Set(all.filter((ns): ns is string => Boolean(ns)))].sort();
}

const subfolders = (folder: string) =>
  readdirSync(join(ROOT, folder), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => `${folder}/${entry.name}`);

/** The folders Argo CD syncs (dist/<env>, each cluster's dist/cluster/<env>), one stream each so an error names its folder. */
const syncedFolders = [
  ...subfolders('dist').flatMap((folder) => (folder === 'dist/cluster' ? subfolders(folder) : [folder])),
  'argocd',
];

/** The Kubernetes objects of a folder (files without apiVersion and kind, such as Helm values, are not objects). */
function objectFiles(folder: string): string[] {
  return listFiles(join(ROOT, folder)).filter((file) => {
    if (!file.endsWith('.yaml')) return false;
    const object = parse(readFileSync(file, 'utf8')) as Partial<K8sObject> | null;
    return Boolean(object?.apiVersion && object.kind);
  });
}

function documents(folder: string): string {
  return objectFiles(folder)
    .map((file) => `---\n${readFileSync(file, 'utf8')}`)
    .join('\n');
}

function dryRun(stream: string, as: string, namespace?: string) {
  return cluster.kubectl(
    [
      'apply',
      '--server-side',
      '--dry-run=server',
      '--field-manager=argocd-controller',
      '--force-conflicts',
      '--validate=strict',
      `--as=${as}`,
      ...(namespace ? ['-n', namespace] : []),
      '-f',
      '-',
    ],
    stream,
  );
}

beforeAll(async () => {
  cluster = await startControlPlane();
  ok(
    cluster.kubectl(['apply', '--server-side', '-f', join(ROOT, 'manifests-src/crds')]),
    'applying the CRDs',
  );
  ok(
    cluster.kubectl(['wait', '--for=condition=Established', 'crd', '--all', '--timeout=60s']),
    'waiting for CRDs',
  );
  // Namespaces as dist/ defines them (their Pod Security labels matter), then those Argo CD creates.
  for (const m of manifests('dist').filter((m) => m.object.kind === 'Namespace'))
    ok(cluster.kubectl(['apply', '--server-side', '-f', join(ROOT, m.path)]), `creating ${m.path}`);
  const existing = ok(cluster.kubectl(['get', 'ns', '-o', 'name']), 'listing namespaces');
  for (const ns of targetNamespaces())
    if (!existing.includes(`namespace/${ns}\n`))
      ok(cluster.kubectl(['create', 'namespace', ns]), `creating ${ns}`);
  const fixtureNamespace = {
    apiVersion: 'v1',
    kind: 'Namespace',
    metadata: { name: FIXTURE_NAMESPACE, labels: { 'app.kubernetes.io/part-of': 'dhakacart' } },
  };
  ok(cluster.kubectl(['apply', '-f', '-'], stringify(fixtureNamespace)), 'creating the fixtures namespace');
  // The chart binds its application controller to a cluster-wide role of every verb on every resource.
  ok(
    cluster.kubectl([
      'create',
      'clusterrolebinding',
      'argocd-application-controller',
      '--clusterrole=cluster-admin',
      `--serviceaccount=${platformNamespaces.argocd}:argocd-application-controller`,
    ]),
    'binding the Argo CD controller',
  );
  const people = new Set([PERSON, ...fixtures.map(([, f]) => f.request?.userInfo?.username ?? PERSON)]);
  ok(
    cluster.kubectl([
      'create',
      'clusterrolebinding',
      'people',
      '--clusterrole=cluster-admin',
      ...[...people].map((person) => `--user=${person}`),
    ]),
    'binding the people who send fixtures',
  );
  ok(
    cluster.kubectl(['apply', '--server-side', '-f', join(ROOT, 'policies/admission')]),
    'applying the policies',
  );
}, 30 * 60_000);

afterAll(async () => cluster?.stop());

describe('a real kube-apiserver', () => {
  it('when the admission policies are type-checked by the controller manager, then none has a warning', async () => {
    const names = manifests('policies/admission')
      .filter((m) => m.object.kind === 'ValidatingAdmissionPolicy')
      .map((m) => m.object.metadata.name);
    let statuses: { name: string; checked: boolean; warnings: unknown[] }[] = [];
    for (let attempt = 0; attempt < 100; attempt++) {
      const list = JSON.parse(
        ok(cluster.kubectl(['get', 'validatingadmissionpolicies', '-o', 'json']), 'listing'),
      );
      statuses = list.items.map(
        (p: {
          metadata: { name: string; generation: number };
          status?: { observedGeneration?: number; typeChecking?: { expressionWarnings?: unknown[] } };
        }) => ({
          name: p.metadata.name,
          checked: p.status?.observedGeneration === p.metadata.generation,
          warnings: p.status?.typeChecking?.expressionWarnings ?? [],
        }),
      );
      if (statuses.length === names.length && statuses.every((s) => s.checked)) break;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    expect(statuses.map((s) => s.name).sort()).toEqual([...names].sort());
    expect(statuses.filter((s) => !s.checked || s.warnings.length > 0)).toEqual([]);
  });

  it('when argocd/ is listed, then the only files that are not objects are the bootstrap Helm values', () => {
    const all = listFiles(join(ROOT, 'argocd')).filter((file) => file.endsWith('.yaml'));
    const notObjects = all.filter((file) => !objectFiles('argocd').includes(file));
    expect(notObjects.map((file) => file.slice(ROOT.length))).toEqual([
      'argocd/production/bootstrap/argo-cd-values.yaml',
      'argocd/staging/bootstrap/argo-cd-values.yaml',
    ]);
  });

  it.each(syncedFolders)(
    'when every object of %s is dry-run as the Argo CD controller, then none is refused and none warns',
    (folder) => {
      const result = dryRun(documents(folder), ARGO_CD_CONTROLLER);
      expect({ status: result.status, stderr: result.stderr.trim() }).toEqual({ status: 0, stderr: '' });
      const applied = result.stdout
        .split('\n')
        .filter((line) => line.includes('serverside-applied (server dry run)'));
      expect(applied.length).toBe(objectFiles(folder).length);
    },
  );

  it.each(fixtures)(
    'when the bad fixture %s is sent, then it passes the schemas and its own policy denies it',
    (_file, fixture) => {
      const result = dryRun(
        stringify(fixture.object),
        fixture.request?.userInfo?.username ?? PERSON,
        FIXTURE_NAMESPACE,
      );
      expect(result.status).not.toBe(0);
      expect(result.stderr.trim()).toMatch(
        new RegExp(
          `ValidatingAdmissionPolicy '${fixture.policy}' with binding '${fixture.policy}' denied request: ` +
            fixture.message.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'),
        ),
      );
    },
  );
});

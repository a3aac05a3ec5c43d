import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { formatPlan, platformPlan } from './platform-plan';

const app = (name: string, wave: number, source: string, namespace = name) =>
  `apiVersion: argoproj.io/v1alpha1\nkind: Application\nmetadata:\n  name: ${name}\n  annotations:\n    argocd.argoproj.io/sync-wave: "${wave}"\nspec:\n  destination:\n    namespace: ${namespace}\n  source:\n${source}`;

describe('platformPlan', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'platform-'));
    writeFileSync(
      path.join(dir, 'Application.argo-cd.yaml'),
      app(
        'argo-cd',
        -3,
        '    chart: argo-cd\n    repoURL: https://argoproj.github.io/argo-helm\n    targetRevision: 8.1.2\n',
      ),
    );
    writeFileSync(
      path.join(dir, 'Application.argo-rollouts.yaml'),
      app(
        'argo-rollouts',
        -2,
        '    chart: argo-rollouts\n    repoURL: https://argoproj.github.io/argo-helm\n    targetRevision: 2.40.0\n    helm:\n      releaseName: argo-rollouts\n      valuesObject:\n        controller:\n          replicas: 2\n',
      ),
    );
    writeFileSync(
      path.join(dir, 'Application.gateway-api-crds.yaml'),
      app(
        'gateway-api-crds',
        -3,
        '    path: config/crd/standard\n    repoURL: https://github.com/kubernetes-sigs/gateway-api.git\n    targetRevision: v1.4.0\n',
        'kube-system',
      ),
    );
    writeFileSync(
      path.join(dir, 'Application.nginx-gateway-fabric.yaml'),
      app(
        'nginx-gateway-fabric',
        -1,
        '    chart: nginx-gateway-fabric\n    repoURL: ghcr.io/nginx/charts\n    targetRevision: 2.4.2\n',
        'nginx-gateway',
      ),
    );
    writeFileSync(
      path.join(dir, 'Application.admission-policies.yaml'),
      app(
        'admission-policies',
        -1,
        '    path: dist/cluster/policies\n    repoURL: https://github.com/dhakacart/dhakacart.git\n    targetRevision: main\n',
        'kube-system',
      ),
    );
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it("when Applications are read, then they become installs in sync-wave order with Argo CD's charts, versions, namespaces and values", () => {
    const valuesDir = path.join(dir, 'values');

    const plan = platformPlan(dir, {
      skip: ['argo-cd'],
      repositoryUrl: 'https://github.com/dhakacart/dhakacart',
      valuesDir,
    });

    expect(formatPlan(plan).split('\n')).toEqual([
      'manifests\tgateway-api-crds\tkube-system\thttps://github.com/kubernetes-sigs/gateway-api//config/crd/standard?ref=v1.4.0',
      `helm\targo-rollouts\targo-rollouts\targo-rollouts\thttps://argoproj.github.io/argo-helm\t2.40.0\t${valuesDir}/argo-rollouts.yaml`,
      'manifests\tadmission-policies\tkube-system\tdist/cluster/policies',
      'helm\tnginx-gateway-fabric\tnginx-gateway\toci://ghcr.io/nginx/charts/nginx-gateway-fabric\t-\t2.4.2\t-',
    ]);
    expect(readFileSync(path.join(valuesDir, 'argo-rollouts.yaml'), 'utf8')).toBe(
      'controller:\n  replicas: 2\n',
    );
  });

  it('when an Application has neither chart nor path, then the plan fails naming it', () => {
    writeFileSync(
      path.join(dir, 'Application.odd.yaml'),
      app('odd', 0, '    repoURL: https://example.com\n    targetRevision: "1"\n'),
    );

    expect(() => platformPlan(dir, { skip: [], repositoryUrl: 'x', valuesDir: path.join(dir, 'v') })).toThrow(
      'Application odd: spec.source needs a chart or a path',
    );
  });
});

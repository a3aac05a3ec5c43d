import { Chart, Testing } from 'cdk8s';
import { Rollout } from '@kubernetes-models/argo-rollouts/argoproj.io/v1alpha1';
import { environments } from '../src/config/environments';
import type { Environment } from '../src/config';
import { analysisLimits, PrometheusAnalysisTemplate } from '../src/constructs/analysis-templates';
import { CanaryService } from '../src/constructs/canary-service';
import { addNetworkPolicy } from '../src/constructs/network-policy';
import { PostgresPooler } from '../src/constructs/postgres-pooler';
import { requireSealedKeys } from '../src/constructs/sealed-secret';
import { addModel } from '../src/lib/model-object';

const staging: Environment = {
  ...environments.staging,
  images: {
    api: `ghcr.io/dhakacart/api@sha256:${'a'.repeat(64)}`,
    storefront: `ghcr.io/dhakacart/storefront@sha256:${'b'.repeat(64)}`,
  },
  recovery: { serving: 'dhakacart-db', restored: [] },
};
const chart = () => new Chart(Testing.app(), 'test');

describe('constructs', () => {
  it('when a CanaryService gets an image tag, then it refuses naming the value', () => {
    expect(
      () =>
        new CanaryService(chart(), 'Api', {
          name: 'api',
          namespace: 'dhakacart-staging',
          image: 'ghcr.io/dhakacart/api:latest',
          port: 3000,
          uid: 10001,
          probes: { alive: '/healthz', ready: '/readyz' },
          workload: staging.api,
          canary: staging.canary,
          httpRoute: 'api',
          stepAnalysis: 'api-step',
          backgroundAnalysis: 'api-background',
        }),
    ).toThrow('api: image must be pinned by digest (got ghcr.io/dhakacart/api:latest)');
  });

  it('when a Pooler is named like its cluster, then it refuses', () => {
    expect(
      () => new PostgresPooler(chart(), 'Pooler', { name: 'db', cluster: 'db', database: staging.database }),
    ).toThrow('Pooler name must differ from the cluster name (got db)');
  });

  it('when an AnalysisTemplate has no metric, then it refuses', () => {
    expect(
      () => new PrometheusAnalysisTemplate(chart(), 'A', { name: 'empty', appName: 'api', metrics: [] }),
    ).toThrow('AnalysisTemplate empty needs at least one metric');
  });

  it('when a step analysis has a count, then its limits leave room for one success (Argo Rollouts passes a count reached within limits)', () => {
    for (const count of [1, 2, 3, 5]) {
      const { failureLimit, inconclusiveLimit } = analysisLimits(count);
      expect({ count, needsASuccess: failureLimit + inconclusiveLimit < count }).toEqual({
        count,
        needsASuccess: true,
      });
    }
    expect(() => analysisLimits(0)).toThrow('count must be a whole number >= 1 (got 0)');
  });

  it('when a NetworkPolicy allows nothing, then it refuses', () => {
    expect(() => addNetworkPolicy(chart(), 'P', { name: 'nothing', podSelector: {} })).toThrow(
      'NetworkPolicy nothing allows nothing',
    );
  });

  it('when a model fails its schema, then addModel names the object and the field', () => {
    const bad = new Rollout({
      metadata: { name: 'api' },
      spec: { replicas: -1, selector: {}, template: {} },
    } as never);
    (bad.spec as { strategy?: unknown }).strategy = { canary: { steps: [{ setWeight: 'ten' }] } };
    expect(() => addModel(chart(), 'api', bad)).toThrow(/Rollout api fails its schema: .*setWeight/);
  });

  it('when a secret the API reads is not sealed, then synth fails with the seal command to run', () => {
    expect(() => requireSealedKeys([], staging, 'api-secrets', ['JWT_SECRET'])).toThrow(
      'dhakacart-staging/api-secrets lacks sealed values for JWT_SECRET: npm run seal -- --env staging --name api-secrets --from-literal JWT_SECRET=...',
    );
  });
});

import * as argoCd from '@kubernetes-models/argo-cd/argoproj.io/v1alpha1';
import * as rollouts from '@kubernetes-models/argo-rollouts/argoproj.io/v1alpha1';
import * as certManager from '@kubernetes-models/cert-manager/cert-manager.io/v1';
import * as gatewayApi from '@kubernetes-models/gateway-api/gateway.networking.k8s.io/v1';
import * as monitoring from '@kubernetes-models/prometheus-operator/monitoring.coreos.com/v1';
import * as sealedSecrets from '@kubernetes-models/sealed-secrets/bitnami.com/v1alpha1';
import * as admission from 'kubernetes-models/admissionregistration.k8s.io/v1';
import * as apps from 'kubernetes-models/apps/v1';
import * as autoscaling from 'kubernetes-models/autoscaling/v2';
import * as batch from 'kubernetes-models/batch/v1';
import * as networking from 'kubernetes-models/networking.k8s.io/v1';
import * as policy from 'kubernetes-models/policy/v1';
import * as storage from 'kubernetes-models/storage.k8s.io/v1';
import * as core from 'kubernetes-models/v1';
import * as barman from '../src/imports/barmancloud.cnpg.io/v1';
import * as nginxGatewayFabric from '../src/imports/gateway.nginx.org/v1alpha2';
import * as cnpg from '../src/imports/postgresql.cnpg.io/v1';
import * as velero from '../src/imports/velero.io/v1';
import { manifests, type Manifest } from './helpers/repository';

/** apiVersion → the module holding one model class per kind. */
const MODELS: Record<string, Record<string, unknown>> = {
  v1: core,
  'apps/v1': apps,
  'batch/v1': batch,
  'autoscaling/v2': autoscaling,
  'policy/v1': policy,
  'storage.k8s.io/v1': storage,
  'networking.k8s.io/v1': networking,
  'admissionregistration.k8s.io/v1': admission,
  'argoproj.io/v1alpha1': { ...rollouts, ...argoCd },
  'gateway.networking.k8s.io/v1': gatewayApi,
  'cert-manager.io/v1': certManager,
  'monitoring.coreos.com/v1': monitoring,
  'bitnami.com/v1alpha1': sealedSecrets,
  'postgresql.cnpg.io/v1': cnpg,
  'barmancloud.cnpg.io/v1': barman,
  'velero.io/v1': velero,
  'gateway.nginx.org/v1alpha2': nginxGatewayFabric,
};

type ModelClass = new (data: unknown) => { validate(): void };

const all: Manifest[] = [...manifests('dist'), ...manifests('argocd'), ...manifests('policies/admission')];

describe('schemas', () => {
  it('when the output is listed, then it holds objects of every expected group', () => {
    expect(all.length).toBeGreaterThan(100);
  });

  it.each(all.map((m) => [m.path, m] as const))(
    'when %s is validated against its schema, then it passes',
    (_path, m) => {
      const Model = MODELS[m.object.apiVersion]?.[m.object.kind] as ModelClass | undefined;
      expect({ kind: `${m.object.apiVersion} ${m.object.kind}`, hasModel: Model !== undefined }).toEqual({
        kind: `${m.object.apiVersion} ${m.object.kind}`,
        hasModel: true,
      });
      expect(() => new (Model as ModelClass)(m.object).validate()).not.toThrow();
    },
  );

  it('when a Rollout has a wrong field type, then its schema rejects it', () => {
    const rollout = all.find((m) => m.object.kind === 'Rollout')!.object;
    const broken = structuredClone(rollout);
    broken.spec.strategy.canary.steps[0].setWeight = 'ten';
    expect(() => new rollouts.Rollout(broken as never).validate()).toThrow(/setWeight/);
  });
});

import { Rollout } from '@kubernetes-models/argo-rollouts/argoproj.io/v1alpha1';
import * as kplus from 'cdk8s-plus-33';
import { Construct } from 'constructs';
import type { IEnvVar } from 'kubernetes-models/v1';
import { CANARY_WEIGHTS, type EnvironmentConfig, type WorkloadConfig } from '../config/schema';
import { rolloutsGatewayPlugin } from '../config/platform';
import { appLabels, selectorLabels } from '../lib/labels';
import { addModel } from '../lib/model-object';
import { securePodSpec, type HttpProbes } from '../lib/pod-spec';
import { ANALYSIS_ARGS } from './analysis-templates';
import { Autoscaling } from './autoscaling';

export interface CanaryServiceProps {
  /** Rollout, Services and container name, e.g. `api`. */
  readonly name: string;
  readonly namespace: string;
  /** Image pinned by digest. */
  readonly image: string;
  readonly port: number;
  readonly uid: number;
  readonly probes: HttpProbes;
  readonly workload: WorkloadConfig;
  readonly canary: EnvironmentConfig['canary'];
  /** HTTPRoute whose backend weights the Gateway API plugin shifts. */
  readonly httpRoute: string;
  /** Template run at each step (with a count). */
  readonly stepAnalysis: string;
  /** Template run in the background from the first step until promotion. */
  readonly backgroundAnalysis: string;
  readonly env?: IEnvVar[];
  /** Service port. @default 80 */
  readonly servicePort?: number;
  /**
   * Also create `<name>`, a Service over all pods on the container port: Prometheus scrapes
   * through it (scraping the stable and canary Services would count each pod twice once they
   * select the same pods), and it is the in-cluster address for port-forwards. @default false
   */
  readonly metricsService?: boolean;
}

/** Label that marks the Services Prometheus scrapes. */
export const METRICS_LABEL = { 'dhakacart.com.bd/metrics': 'true' } as const;
/** Pod label Argo Rollouts sets (canaryMetadata / stableMetadata); monitors copy it onto series. */
export const ROLE_LABEL = 'role';

/**
 * An Argo Rollouts canary behind a stable and a canary Service: weights 10 → 25 → 50 → 100
 * shifted on the HTTPRoute, each step paused then analysed, background analysis throughout,
 * autoscaled and protected by a PodDisruptionBudget.
 */
export class CanaryService extends Construct {
  readonly stableService: string;
  readonly canaryService: string;
  readonly servicePort: number;
  readonly metricsService?: string;

  constructor(scope: Construct, id: string, props: CanaryServiceProps) {
    super(scope, id);
    if (!/@sha256:[0-9a-f]{64}$/.test(props.image))
      throw new Error(`${props.name}: image must be pinned by digest (got ${props.image})`);
    this.stableService = `${props.name}-stable`;
    this.canaryService = `${props.name}-canary`;
    this.servicePort = props.servicePort ?? 80;
    const selector = selectorLabels(props.name);

    const services: [string, string, boolean][] = [
      ['Stable', this.stableService, false],
      ['Canary', this.canaryService, false],
    ];
    if (props.metricsService) {
      this.metricsService = props.name;
      services.push(['Metrics', this.metricsService, true]);
    }
    for (const [serviceId, serviceName, metrics] of services) {
      const service = new kplus.Service(this, serviceId, {
        metadata: {
          name: serviceName,
          labels: { ...appLabels(props.name), ...(metrics ? METRICS_LABEL : {}) },
        },
        ports: [{ name: 'http', port: metrics ? props.port : this.servicePort, targetPort: props.port }],
      });
      for (const [key, value] of Object.entries(selector)) service.selectLabel(key, value);
    }

    const args = ANALYSIS_ARGS.map((name) => ({
      name,
      value: { namespace: props.namespace, app: props.name }[name],
    }));
    const steps = CANARY_WEIGHTS.flatMap((weight) => [
      { setWeight: weight },
      { pause: { duration: `${props.canary.stepPauseSeconds}s` } },
      { analysis: { templates: [{ templateName: props.stepAnalysis }], args } },
    ]);

    addModel(
      this,
      'Rollout',
      new Rollout({
        metadata: { name: props.name, labels: appLabels(props.name) },
        spec: {
          revisionHistoryLimit: 3,
          progressDeadlineSeconds: 600,
          selector: { matchLabels: selector },
          template: {
            metadata: { labels: appLabels(props.name) },
            spec: securePodSpec({ ...props, selector, resources: props.workload.resources }),
          },
          strategy: {
            canary: {
              stableService: this.stableService,
              canaryService: this.canaryService,
              abortScaleDownDelaySeconds: props.canary.abortScaleDownDelaySeconds,
              // Keeps the new pods apart from the stable ones, so one bad node doesn't take both.
              antiAffinity: { preferredDuringSchedulingIgnoredDuringExecution: { weight: 100 } },
              canaryMetadata: { labels: { [ROLE_LABEL]: 'canary' } },
              stableMetadata: { labels: { [ROLE_LABEL]: 'stable' } },
              trafficRouting: {
                plugins: {
                  [rolloutsGatewayPlugin.name]: { httpRoute: props.httpRoute, namespace: props.namespace },
                },
              },
              analysis: { templates: [{ templateName: props.backgroundAnalysis }], startingStep: 1, args },
              steps,
            },
          },
        },
      }),
    );

    new Autoscaling(this, 'Autoscaling', {
      name: props.name,
      target: { apiVersion: 'argoproj.io/v1alpha1', kind: 'Rollout', name: props.name },
      selector,
      workload: props.workload,
    });
  }
}

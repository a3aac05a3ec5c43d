import { Construct } from 'constructs';
import { HorizontalPodAutoscaler, type IHorizontalPodAutoscaler } from 'kubernetes-models/autoscaling/v2';
import { PodDisruptionBudget } from 'kubernetes-models/policy/v1';
import type { WorkloadConfig } from '../config/schema';
import { appLabels } from '../lib/labels';
import { addModel } from '../lib/model-object';

/** Per-pod request rate served by prometheus-adapter from the API's `http_requests_total`. */
export const REQUESTS_PER_SECOND_METRIC = 'http_requests_per_second';

export interface AutoscalingProps {
  readonly name: string;
  readonly target: { readonly apiVersion: string; readonly kind: string; readonly name: string };
  readonly selector: Record<string, string>;
  readonly workload: WorkloadConfig;
}

/** HPA (CPU, plus requests per second when configured) and a PodDisruptionBudget for one workload. */
export class Autoscaling extends Construct {
  constructor(scope: Construct, id: string, props: AutoscalingProps) {
    super(scope, id);
    const w = props.workload;
    const metrics: NonNullable<IHorizontalPodAutoscaler['spec']>['metrics'] = [
      {
        type: 'Resource',
        resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: w.targetCpuPercent } },
      },
    ];
    if (w.targetRequestsPerPod !== undefined) {
      metrics.push({
        type: 'Pods',
        pods: {
          metric: { name: REQUESTS_PER_SECOND_METRIC },
          target: { type: 'AverageValue', averageValue: String(w.targetRequestsPerPod) },
        },
      });
    }
    addModel(
      this,
      'HorizontalPodAutoscaler',
      new HorizontalPodAutoscaler({
        metadata: { name: props.name, labels: appLabels(props.name) },
        spec: {
          scaleTargetRef: props.target,
          minReplicas: w.minReplicas,
          maxReplicas: w.maxReplicas,
          metrics,
          behavior: {
            // Flash sales arrive in seconds: double quickly, shrink slowly.
            scaleUp: {
              stabilizationWindowSeconds: 0,
              policies: [{ type: 'Percent', value: 100, periodSeconds: 30 }],
            },
            scaleDown: {
              stabilizationWindowSeconds: 300,
              policies: [{ type: 'Percent', value: 20, periodSeconds: 60 }],
            },
          },
        },
      }),
    );
    addModel(
      this,
      'PodDisruptionBudget',
      new PodDisruptionBudget({
        metadata: { name: props.name, labels: appLabels(props.name) },
        spec: { maxUnavailable: w.maxUnavailable, selector: { matchLabels: props.selector } },
      }),
    );
  }
}

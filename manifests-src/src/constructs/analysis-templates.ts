import { AnalysisTemplate } from '@kubernetes-models/argo-rollouts/argoproj.io/v1alpha1';
import { Construct } from 'constructs';
import { appLabels } from '../lib/labels';
import { addModel } from '../lib/model-object';

/** In-cluster Prometheus of kube-prometheus-stack. */
export const PROMETHEUS_ADDRESS = 'http://kube-prometheus-stack-prometheus.monitoring.svc:9090';

export interface AnalysisMetric {
  readonly name: string;
  /** PromQL with `{{args.namespace}}` and `{{args.app}}` placeholders. */
  readonly query: string;
  /** Healthy when the first sample satisfies `result[0] <op> <threshold>`. */
  readonly healthy: { readonly op: '<' | '<=' | '>' | '>='; readonly threshold: number };
}

export interface AnalysisTemplatesProps {
  /** Name of the template, referenced from the Rollout. */
  readonly name: string;
  readonly appName: string;
  readonly metrics: readonly AnalysisMetric[];
  /** Seconds between measurements. @default 30 */
  readonly intervalSeconds?: number;
  /** Measurements before the run ends; omit for a background analysis that runs until promotion. */
  readonly count?: number;
}

/** Arguments every template takes; the Rollout passes all of them. */
export const ANALYSIS_ARGS = ['namespace', 'app'] as const;

const NEGATION = { '<': '>=', '<=': '>', '>': '<=', '>=': '<' } as const;

/**
 * Limits per metric, following Argo Rollouts v1.8.3 (`assessMetricStatus` in
 * analysis/analysis.go): a metric is Failed once failed > failureLimit, Inconclusive once
 * inconclusive > inconclusiveLimit, and a metric with a `count` that reaches it without either
 * is **Successful**, whatever the other measurements were. A step analysis is therefore
 * success-by-silence unless failureLimit + inconclusiveLimit < count: then at least one
 * measurement must have succeeded. Steps allow no failure and all but one empty measurement;
 * a background analysis (no count) fails on its second bad measurement and pauses on its
 * third empty one.
 */
export function analysisLimits(count: number | undefined): {
  failureLimit: number;
  inconclusiveLimit: number;
} {
  if (count === undefined) return { failureLimit: 1, inconclusiveLimit: 2 };
  if (!Number.isInteger(count) || count < 1)
    throw new Error(`count must be a whole number >= 1 (got ${count})`);
  return { failureLimit: 0, inconclusiveLimit: count - 1 };
}

/**
 * An AnalysisTemplate whose every metric is Inconclusive on an empty or NaN result: success
 * and failure both require a sample, so "no data" never counts as healthy.
 */
export class PrometheusAnalysisTemplate extends Construct {
  readonly name: string;
  constructor(scope: Construct, id: string, props: AnalysisTemplatesProps) {
    super(scope, id);
    if (props.metrics.length === 0)
      throw new Error(`AnalysisTemplate ${props.name} needs at least one metric`);
    this.name = props.name;
    addModel(
      this,
      'Resource',
      new AnalysisTemplate({
        metadata: { name: props.name, labels: appLabels(props.appName, 'analysis') },
        spec: {
          args: ANALYSIS_ARGS.map((name) => ({ name })),
          metrics: props.metrics.map((m) => ({
            name: m.name,
            interval: `${props.intervalSeconds ?? 30}s`,
            ...(props.count ? { count: props.count } : {}),
            ...analysisLimits(props.count),
            successCondition: `len(result) > 0 && result[0] ${m.healthy.op} ${m.healthy.threshold}`,
            failureCondition: `len(result) > 0 && result[0] ${NEGATION[m.healthy.op]} ${m.healthy.threshold}`,
            provider: { prometheus: { address: PROMETHEUS_ADDRESS, query: m.query.trim() } },
          })),
        },
      }),
    );
  }
}

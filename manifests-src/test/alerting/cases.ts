import type { Series } from './promtool';

/** A situation: input series, and the evaluation times at which the alert must be quiet. */
export interface QuietScenario {
  readonly name: string;
  readonly series: readonly Series[];
  readonly quietAt: readonly string[];
}

/**
 * How one alert must behave: in `firing`, pending (not yet firing) at `notBefore` and firing
 * at `firesAt` with exactly these labels and annotations; quiet in every `quiet` scenario (at
 * least a blip and healthy data).
 */
export interface AlertCase {
  readonly alert: string;
  /** The rules it lives in: one environment's shop rules, or the cluster's. */
  readonly rules: 'shop' | 'platform';
  /** Spacing of the input samples and of rule evaluations. */
  readonly interval: string;
  readonly firing: {
    readonly series: readonly Series[];
    readonly notBefore?: string;
    readonly firesAt: string;
    /** The alert's labels beyond the rule's own (severity, team, environment). */
    readonly labels: Readonly<Record<string, string>>;
    /** Rendered summary; by default the rule's with `{{ $labels.x }}` filled from `labels`. */
    readonly summary?: string;
    readonly description: string;
  };
  readonly quiet: readonly QuietScenario[];
}

/** Label sets as the exporters produce them (see the rules' source comments). */
export const API_POD = {
  job: 'api',
  namespace: 'dhakacart',
  service: 'api',
  endpoint: 'http',
  container: 'api',
  pod: 'api-6d4cf56db6-x7k2p',
  instance: '10.0.12.7:3000',
  role: 'stable',
};
export const KSM = {
  job: 'kube-state-metrics',
  instance: '10.0.3.4:8080',
  service: 'kube-prometheus-stack-kube-state-metrics',
  endpoint: 'http',
};
export const CNPG_POD = (pod: string) => ({
  job: 'dhakacart/dhakacart-db',
  namespace: 'dhakacart',
  pod,
  instance: `${pod}:9187`,
  container: 'postgres',
  endpoint: 'metrics',
});

/** node-exporter as kube-prometheus-stack scrapes it (chart prometheus-node-exporter, `jobLabel: node-exporter`). */
export const NODE_EXPORTER = (instance: string) => ({
  job: 'node-exporter',
  namespace: 'monitoring',
  service: 'kube-prometheus-stack-prometheus-node-exporter',
  endpoint: 'http-metrics',
  container: 'node-exporter',
  pod: `kube-prometheus-stack-prometheus-node-exporter-${instance.split('.').at(-1)!.split(':')[0]}`,
  instance,
});
/** cAdvisor through the kubelet's /metrics/cadvisor, as the chart's kubelet ServiceMonitor scrapes it. */
export const CADVISOR = (node: string) => ({
  job: 'kubelet',
  namespace: 'kube-system',
  service: 'kube-prometheus-stack-kubelet',
  endpoint: 'https-metrics',
  metrics_path: '/metrics/cadvisor',
  node,
  instance: '10.0.1.5:10250',
});
/** Argo Rollouts' controller (its ServiceMonitor does not honor labels: `exported_namespace`). */
export const ROLLOUTS_CONTROLLER = {
  job: 'argo-rollouts-metrics',
  namespace: 'argo-rollouts',
  instance: '10.0.5.9:8090',
};

export function series(metric: string, labels: Readonly<Record<string, string>>, values: string): Series {
  const rendered = Object.entries(labels)
    .map(([k, v]) => `${k}="${v}"`)
    .join(', ');
  return { series: `${metric}{${rendered}}`, values };
}

/** Counter samples from a per-step increase: `start`, then cumulative sums. */
export function counter(start: number, increments: readonly number[]): string {
  let value = start;
  return [start, ...increments.map((inc) => (value = Number((value + inc).toFixed(6))))].join(' ');
}

export function repeat<T>(value: T, times: number): T[] {
  return Array.from({ length: times }, () => value);
}

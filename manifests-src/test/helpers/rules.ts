import type { RuleGroupJson } from '../../src/alerts/rules';
import { manifests } from './repository';

export interface ShippedRules {
  /** dist/ path of the PrometheusRule. */
  readonly path: string;
  readonly namespace: string;
  readonly groups: RuleGroupJson[];
}

/** Every PrometheusRule in dist/, as Prometheus would load its groups. */
export function shippedRules(): ShippedRules[] {
  return manifests('dist')
    .filter((m) => m.object.kind === 'PrometheusRule')
    .map((m) => ({
      path: m.path,
      namespace: m.object.metadata.namespace ?? '',
      groups: m.object.spec.groups,
    }));
}

export function alertsOf(rules: readonly ShippedRules[]) {
  return rules.flatMap((r) =>
    r.groups.flatMap((g) => g.rules.filter((rule) => rule.alert).map((rule) => ({ ...rule, path: r.path }))),
  );
}

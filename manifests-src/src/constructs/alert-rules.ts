import { PrometheusRule } from '@kubernetes-models/prometheus-operator/monitoring.coreos.com/v1';
import type { Construct } from 'constructs';
import { type RuleGroupSpec, type Team, renderGroups } from '../alerts/rules';
import { appLabels } from '../lib/labels';
import { addModel } from '../lib/model-object';

export interface AlertRulesProps {
  readonly name: string;
  readonly groups: readonly RuleGroupSpec[];
  /** Labels stamped on every alert (Alertmanager routes on `team` and `environment`). */
  readonly labels: { readonly team: Team } & Readonly<Record<string, string>>;
}

/** One PrometheusRule; kube-prometheus-stack's Prometheus picks up every one (ruleSelectorNilUsesHelmValues: false). */
export function addAlertRules(scope: Construct, props: AlertRulesProps): void {
  addModel(
    scope,
    `PrometheusRule-${props.name}`,
    new PrometheusRule({
      metadata: { name: props.name, labels: appLabels(props.name, 'monitoring') },
      spec: { groups: renderGroups(props.groups, props.labels) },
    }),
  );
}

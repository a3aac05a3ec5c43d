import { Chart } from 'cdk8s';
import type { Construct } from 'constructs';
import { platformRuleGroups } from '../alerts/platform-rules';
import { platformNamespaces } from '../config/platform';
import { addAlertRules } from '../constructs/alert-rules';

/** Alerts on the platform, the nodes and the monitoring itself (one copy for the cluster). */
export class ClusterMonitoringChart extends Chart {
  constructor(scope: Construct) {
    super(scope, 'monitoring', { namespace: platformNamespaces.monitoring, disableResourceNameHashes: true });
    addAlertRules(this, {
      name: 'dhakacart-platform',
      groups: platformRuleGroups(),
      labels: { team: 'platform' },
    });
  }
}

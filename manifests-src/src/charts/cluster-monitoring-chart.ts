import { Chart } from 'cdk8s';
import type { Construct } from 'constructs';
import { platformRuleGroups } from '../alerts/platform-rules';
import { platformNamespaces } from '../config/platform';
import type { Environment } from '../config';
import { addAlertRules } from '../constructs/alert-rules';
import { addDashboards } from '../dashboards';

/** Alerts on the platform, the nodes and the monitoring itself (one copy in each cluster), and the dashboards. */
export class ClusterMonitoringChart extends Chart {
  constructor(scope: Construct, env: Environment) {
    super(scope, 'monitoring', { namespace: platformNamespaces.monitoring, disableResourceNameHashes: true });
    addAlertRules(this, {
      name: 'dhakacart-platform',
      groups: platformRuleGroups(),
      labels: { team: 'platform', environment: env.name },
    });
    addDashboards(this, [env.namespace]);
  }
}

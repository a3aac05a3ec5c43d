import { Chart } from 'cdk8s';
import type { Construct } from 'constructs';
import { shopRuleGroups } from '../alerts/shop-rules';
import type { Environment } from '../config';
import { addAlertRules } from '../constructs/alert-rules';
import { addBlackboxProbe } from '../constructs/blackbox-probe';

/** The shop's alerts and SLO rules, and the probes of its public URLs through the Gateway. */
export class MonitoringChart extends Chart {
  constructor(scope: Construct, env: Environment) {
    super(scope, 'monitoring', { namespace: env.namespace, disableResourceNameHashes: true });
    addAlertRules(this, {
      name: 'dhakacart-shop',
      groups: shopRuleGroups(env.namespace),
      labels: { team: 'shop', environment: env.name },
    });
    addBlackboxProbe(this, { name: 'storefront', url: `https://${env.host}/`, namespace: env.namespace });
    addBlackboxProbe(this, {
      name: 'api-categories',
      url: `https://${env.host}/api/v1/categories`,
      namespace: env.namespace,
    });
  }
}

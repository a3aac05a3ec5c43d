import { Chart } from 'cdk8s';
import type { Construct } from 'constructs';
import type { Environment } from '../config';
import { PrometheusAnalysisTemplate } from '../constructs/analysis-templates';
import { containerRestarts, gatewayServing } from '../constructs/analysis-metrics';
import { CanaryService } from '../constructs/canary-service';
import { addNetworkPolicy, peers } from '../constructs/network-policy';
import { selectorLabels } from '../lib/labels';
import { names, operatorLabels, ports } from './names';

/** UID of nginx-unprivileged. */
const NGINX_UID = 101;

/** The storefront: static files from nginx, as a canary judged on the gateway's metrics. */
export class StorefrontChart extends Chart {
  constructor(scope: Construct, env: Environment) {
    super(scope, 'storefront', { namespace: env.namespace, disableResourceNameHashes: true });
    const metrics = [gatewayServing, containerRestarts];
    const step = new PrometheusAnalysisTemplate(this, 'StepAnalysis', {
      name: `${names.storefront}-step`,
      appName: names.storefront,
      metrics,
      count: Math.max(1, Math.round(env.canary.analysisSeconds / 30)),
    });
    const background = new PrometheusAnalysisTemplate(this, 'BackgroundAnalysis', {
      name: `${names.storefront}-background`,
      appName: names.storefront,
      metrics,
      intervalSeconds: 60,
    });
    new CanaryService(this, 'Storefront', {
      name: names.storefront,
      namespace: env.namespace,
      image: env.images.storefront,
      port: ports.storefront,
      uid: NGINX_UID,
      probes: { alive: '/healthz', ready: '/healthz' },
      workload: env.storefront,
      canary: env.canary,
      httpRoute: names.storefront,
      stepAnalysis: step.name,
      backgroundAnalysis: background.name,
    });
    addNetworkPolicy(this, 'AllowStorefront', {
      name: names.storefront,
      podSelector: selectorLabels(names.storefront),
      ingress: [
        { peers: [peers.pods(operatorLabels.gatewayDataPlane)], ports: [{ port: ports.storefront }] },
      ],
    });
  }
}

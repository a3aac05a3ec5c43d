import { Chart } from 'cdk8s';
import type { Construct } from 'constructs';
import type { Environment } from '../config';
import { addCertificate } from '../constructs/certificate';
import { Gateway, LISTENER_PORTS } from '../constructs/gateway';
import { addPodMonitor } from '../constructs/monitors';
import { addNetworkPolicy, peers } from '../constructs/network-policy';
import { selectorLabels } from '../lib/labels';
import { names, operatorLabels, platformPods, ports } from './names';

/** cert-manager's HTTP-01 solver pods listen here. */
const ACME_SOLVER_PORT = 8089;

/** Public entry: Gateway, HTTPS redirect, routes to storefront and API, certificate, and the data plane's network allows. */
export class GatewayChart extends Chart {
  constructor(scope: Construct, env: Environment) {
    super(scope, 'gateway', { namespace: env.namespace, disableResourceNameHashes: true });
    new Gateway(this, 'Gateway', {
      name: names.gateway,
      host: env.host,
      tlsSecret: names.tlsSecret,
      nodePorts: env.gatewayNodePorts,
      backends: [
        {
          route: names.api,
          pathPrefix: '/api',
          stableService: `${names.api}-stable`,
          canaryService: `${names.api}-canary`,
          port: 80,
        },
        {
          route: names.storefront,
          pathPrefix: '/',
          stableService: `${names.storefront}-stable`,
          canaryService: `${names.storefront}-canary`,
          port: 80,
        },
      ],
    });
    addCertificate(this, {
      name: names.gateway,
      host: env.host,
      secretName: names.tlsSecret,
      issuer: env.clusterIssuer,
    });

    // The data plane's NGINX Agent exports its metrics on this pod port (see gatewayServing).
    addPodMonitor(this, 'PodMonitor', `${names.gateway}-gateway`, operatorLabels.gatewayDataPlane, 'metrics');

    addNetworkPolicy(this, 'AllowGateway', {
      name: `${names.gateway}-gateway`,
      podSelector: operatorLabels.gatewayDataPlane,
      ingress: [
        { peers: [peers.anywhere()], ports: [{ port: LISTENER_PORTS.http }, { port: LISTENER_PORTS.https }] },
        { peers: [peers.podsAnywhere(platformPods.prometheus)], ports: [{ port: ports.gatewayMetrics }] },
      ],
      egress: [
        { peers: [peers.pods(selectorLabels(names.api))], ports: [{ port: ports.api }] },
        { peers: [peers.pods(selectorLabels(names.storefront))], ports: [{ port: ports.storefront }] },
        { peers: [peers.pods(operatorLabels.acmeSolver)], ports: [{ port: ACME_SOLVER_PORT }] },
        // The data plane's agent gets its config from the NGINX Gateway Fabric control plane: it
        // dials the Service on 443, which the policy sees as the pod's port.
        {
          peers: [peers.podsAnywhere(platformPods.gatewayControlPlane)],
          ports: [{ port: ports.gatewayControlPlaneAgent }],
        },
      ],
    });
    addNetworkPolicy(this, 'AllowAcmeSolver', {
      name: 'acme-http01-solver',
      podSelector: operatorLabels.acmeSolver,
      ingress: [
        { peers: [peers.pods(operatorLabels.gatewayDataPlane)], ports: [{ port: ACME_SOLVER_PORT }] },
      ],
    });
  }
}

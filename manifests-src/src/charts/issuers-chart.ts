import { ClusterIssuer } from '@kubernetes-models/cert-manager/cert-manager.io/v1';
import { Chart } from 'cdk8s';
import type { Construct } from 'constructs';
import type { Environment } from '../config';
import { addModel } from '../lib/model-object';
import { appLabels } from '../lib/labels';
import { names } from './names';

const ACME_SERVERS = {
  'letsencrypt-staging': 'https://acme-staging-v02.api.letsencrypt.org/directory',
  'letsencrypt-production': 'https://acme-v02.api.letsencrypt.org/directory',
} as const;

/** Let's Encrypt ClusterIssuers (ACME staging and production), solving HTTP-01 through the cluster's Gateway. */
export class IssuersChart extends Chart {
  constructor(scope: Construct, env: Environment, email: string) {
    super(scope, 'issuers', { disableResourceNameHashes: true });
    const solvers = [
      {
        selector: { dnsNames: [env.host] },
        http01: {
          gatewayHTTPRoute: {
            parentRefs: [
              { name: names.gateway, namespace: env.namespace, sectionName: 'http', kind: 'Gateway' },
            ],
          },
        },
      },
    ];
    for (const [name, server] of Object.entries(ACME_SERVERS)) {
      addModel(
        this,
        name,
        new ClusterIssuer({
          metadata: { name, labels: appLabels(name, 'tls') },
          spec: { acme: { server, email, privateKeySecretRef: { name: `${name}-account` }, solvers } },
        }),
      );
    }
  }
}

import { Chart } from 'cdk8s';
import * as kplus from 'cdk8s-plus-33';
import type { Construct } from 'constructs';
import type { Environment } from '../config';
import { PART_OF } from '../config/platform';
import { addNetworkPolicy, peers } from '../constructs/network-policy';

/** The environment's namespace (Pod Security `restricted`, enforced), default deny, DNS for everyone. */
export class NamespaceChart extends Chart {
  constructor(scope: Construct, env: Environment) {
    super(scope, 'namespace', { namespace: env.namespace, disableResourceNameHashes: true });
    new kplus.Namespace(this, 'Namespace', {
      metadata: {
        name: env.namespace,
        labels: {
          'app.kubernetes.io/name': env.namespace,
          'app.kubernetes.io/part-of': PART_OF,
          'pod-security.kubernetes.io/enforce': 'restricted',
          'pod-security.kubernetes.io/enforce-version': 'latest',
          'pod-security.kubernetes.io/warn': 'restricted',
          'pod-security.kubernetes.io/audit': 'restricted',
          'dhakacart.com.bd/environment': env.name,
        },
      },
    });
    addNetworkPolicy(this, 'DefaultDeny', { name: 'default-deny', podSelector: {}, ingress: [], egress: [] });
    addNetworkPolicy(this, 'AllowDns', {
      name: 'allow-dns',
      podSelector: {},
      egress: [
        {
          peers: [peers.podsInNamespace('kube-system', { 'k8s-app': 'kube-dns' })],
          ports: [
            { port: 53, protocol: 'UDP' },
            { port: 53, protocol: 'TCP' },
          ],
        },
      ],
    });
  }
}

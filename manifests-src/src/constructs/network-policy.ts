import type { Construct } from 'constructs';
import { NetworkPolicy, type INetworkPolicy } from 'kubernetes-models/networking.k8s.io/v1';
import { PART_OF } from '../config/platform';
import { addModel } from '../lib/model-object';

type Spec = NonNullable<INetworkPolicy['spec']>;
export type Peer = NonNullable<NonNullable<Spec['ingress']>[number]['from']>[number];
type Port = { port: number; protocol?: 'TCP' | 'UDP' };
export interface LabelRequirement {
  readonly key: string;
  readonly operator: 'In' | 'NotIn' | 'Exists' | 'DoesNotExist';
  readonly values?: readonly string[];
}

export interface AllowRule {
  readonly peers?: readonly Peer[];
  readonly ports: readonly Port[];
}

export interface NetworkPolicyProps {
  readonly name: string;
  /** Pods the policy applies to; `{}` means every pod of the namespace. */
  readonly podSelector: Record<string, string>;
  /** Requirements added to `podSelector` (e.g. a label that must exist). @default none */
  readonly podSelectorExpressions?: readonly LabelRequirement[];
  /** Argo CD annotations (hook, sync wave). @default none */
  readonly annotations?: Record<string, string>;
  readonly ingress?: readonly AllowRule[];
  readonly egress?: readonly AllowRule[];
}

/** Peers used across charts. */
export const peers = {
  pods: (labels: Record<string, string>, expressions: readonly LabelRequirement[] = []): Peer => ({
    podSelector: {
      matchLabels: labels,
      ...(expressions.length
        ? {
            matchExpressions: expressions.map((e) => ({
              key: e.key,
              operator: e.operator,
              ...(e.values ? { values: [...e.values] } : {}),
            })),
          }
        : {}),
    },
  }),
  namespace: (name: string): Peer => ({
    namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': name } },
  }),
  podsInNamespace: (namespace: string, labels: Record<string, string>): Peer => ({
    namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': namespace } },
    podSelector: { matchLabels: labels },
  }),
  /** Pods with these labels in any namespace. */
  podsAnywhere: (labels: Record<string, string>): Peer => ({
    namespaceSelector: {},
    podSelector: { matchLabels: labels },
  }),
  anywhere: (): Peer => ({ ipBlock: { cidr: '0.0.0.0/0' } }),
};

/**
 * Egress to the Kubernetes API. Policies see the connection after the `kubernetes` Service's
 * 443 is translated to an endpoint of the API server: 443 on EKS (ENIs in the VPC, no stable
 * range here), 6443 on kind and k3s (the node).
 */
export const kubernetesApi: AllowRule = { peers: [peers.anywhere()], ports: [{ port: 443 }, { port: 6443 }] };

/** An allow-list NetworkPolicy: only the listed directions are governed (the default deny covers the rest). */
export function addNetworkPolicy(scope: Construct, id: string, props: NetworkPolicyProps): void {
  const ports = (r: AllowRule) => r.ports.map((p) => ({ port: p.port, protocol: p.protocol ?? 'TCP' }));
  const policyTypes: ('Ingress' | 'Egress')[] = [];
  const expressions = props.podSelectorExpressions ?? [];
  if (props.ingress) policyTypes.push('Ingress');
  if (props.egress) policyTypes.push('Egress');
  if (policyTypes.length === 0) throw new Error(`NetworkPolicy ${props.name} allows nothing`);
  addModel(
    scope,
    id,
    new NetworkPolicy({
      metadata: {
        name: props.name,
        labels: { 'app.kubernetes.io/name': props.name, 'app.kubernetes.io/part-of': PART_OF },
        ...(props.annotations ? { annotations: props.annotations } : {}),
      },
      spec: {
        podSelector:
          Object.keys(props.podSelector).length || expressions.length
            ? (peers.pods(props.podSelector, expressions).podSelector ?? {})
            : {},
        policyTypes,
        ...(props.ingress
          ? {
              ingress: props.ingress.map((r) => ({
                ports: ports(r),
                ...(r.peers ? { from: [...r.peers] } : {}),
              })),
            }
          : {}),
        ...(props.egress
          ? {
              egress: props.egress.map((r) => ({
                ports: ports(r),
                ...(r.peers ? { to: [...r.peers] } : {}),
              })),
            }
          : {}),
      },
    }),
  );
}

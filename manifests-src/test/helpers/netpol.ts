import type { Traffic, TrafficPeer } from './cyclonus';
import { selects } from './flows';
import type { K8sObject } from './repository';

type Selector = Parameters<typeof selects>[0];
interface PolicyPeer {
  podSelector?: Selector;
  namespaceSelector?: Selector;
  ipBlock?: { cidr: string; except?: string[] };
}
interface PolicyPort {
  port?: number | string;
  endPort?: number;
  protocol?: string;
}
interface Rule {
  ports?: PolicyPort[];
  from?: PolicyPeer[];
  to?: PolicyPeer[];
}

function ipv4(ip: string): number {
  return ip.split('.').reduce((n, octet) => n * 256 + Number(octet), 0);
}
function inCidr(ip: string, cidr: string): boolean {
  const [base, bits = '32'] = cidr.split('/');
  const size = 2 ** (32 - Number(bits));
  return Math.floor(ipv4(ip) / size) === Math.floor(ipv4(base!) / size);
}

/** Whether a rule's peer matches the other end (NetworkPolicy API, networking.k8s.io/v1). */
function peerMatches(peer: PolicyPeer, other: TrafficPeer, policyNamespace: string): boolean {
  if (peer.ipBlock)
    return (
      inCidr(other.IP, peer.ipBlock.cidr) && !(peer.ipBlock.except ?? []).some((c) => inCidr(other.IP, c))
    );
  if (!other.Internal) return false;
  const namespaceOk = peer.namespaceSelector
    ? selects(peer.namespaceSelector, other.Internal.NamespaceLabels)
    : other.Internal.Namespace === policyNamespace;
  const podOk = peer.podSelector ? selects(peer.podSelector, other.Internal.PodLabels) : true;
  return namespaceOk && podOk;
}

function portMatches(ports: PolicyPort[] | undefined, t: Traffic): boolean {
  if (!ports || ports.length === 0) return true;
  return ports.some((p) => {
    if ((p.protocol ?? 'TCP') !== t.Protocol) return false;
    if (p.port === undefined) return true;
    if (typeof p.port === 'string') return p.port === t.ResolvedPortName;
    return p.endPort ? t.ResolvedPort >= p.port && t.ResolvedPort <= p.endPort : t.ResolvedPort === p.port;
  });
}

function policyTypes(p: K8sObject): string[] {
  return p.spec.policyTypes ?? (p.spec.egress ? ['Ingress', 'Egress'] : ['Ingress']);
}

/**
 * One direction: a pod no policy of that direction selects is open; otherwise some rule of a
 * selecting policy must match the other end and the port.
 */
function directionAllows(
  policies: readonly K8sObject[],
  direction: 'Ingress' | 'Egress',
  self: TrafficPeer,
  other: TrafficPeer,
  t: Traffic,
): boolean {
  if (!self.Internal) return true;
  const selecting = policies.filter(
    (p) =>
      (p.metadata.namespace ?? self.Internal!.Namespace) === self.Internal!.Namespace &&
      policyTypes(p).includes(direction) &&
      selects(p.spec.podSelector ?? {}, self.Internal!.PodLabels),
  );
  if (selecting.length === 0) return true;
  const key = direction === 'Ingress' ? 'ingress' : 'egress';
  const peerKey = direction === 'Ingress' ? 'from' : 'to';
  return selecting.some((p) =>
    ((p.spec[key] ?? []) as Rule[]).some(
      (r) =>
        portMatches(r.ports, t) &&
        (r[peerKey] === undefined || r[peerKey]!.length === 0
          ? true
          : r[peerKey]!.some((peer) =>
              peerMatches(peer, other, p.metadata.namespace ?? self.Internal!.Namespace),
            )),
    ),
  );
}

/** Which directions allow the connection; it gets through only when both do. */
export function evaluate(policies: readonly K8sObject[], t: Traffic): { egress: boolean; ingress: boolean } {
  return {
    egress: directionAllows(policies, 'Egress', t.Source, t.Destination, t),
    ingress: directionAllows(policies, 'Ingress', t.Destination, t.Source, t),
  };
}

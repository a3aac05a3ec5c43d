import { addresses, pods as podSpecs, type AddressId, type NamedPort } from '../../src/network/pods';
import type { Endpoint, Flow } from '../../src/network/flows';
import type { Traffic, TrafficPeer } from './cyclonus';
import { manifests, type K8sObject } from './repository';
import type { AppObject } from './sync-order';

/** A pod of the catalogue placed in one environment: namespace resolved, labels and ports known. */
export interface Pod {
  readonly id: string;
  readonly namespace: string;
  readonly labels: Record<string, string>;
  readonly ports: readonly NamedPort[];
  readonly creator?: AppObject;
  readonly ip: string;
}

/** Every object of dist/<env>/, with its chart (= its Argo CD Application). */
export function appObjects(env: string): AppObject[] {
  return manifests(`dist/${env}`).map((m) => ({ chart: m.path.split('/')[2]!, object: m.object }));
}

function find(objects: readonly AppObject[], chart: string, kind: string, name: string): AppObject {
  const found = objects.find(
    (o) => o.chart === chart && o.object.kind === kind && o.object.metadata.name === name,
  );
  if (!found) throw new Error(`no ${kind}/${name} in the ${chart} chart of dist/`);
  return found;
}

/** The catalogue of src/network/pods.ts in one environment; workload pods are read from dist/. */
export function environmentPods(objects: readonly AppObject[], namespace: string): Map<string, Pod> {
  const result = new Map<string, Pod>();
  podSpecs.forEach((spec, i) => {
    const creator = spec.createdBy
      ? find(objects, spec.createdBy.chart, spec.createdBy.kind, spec.createdBy.name)
      : undefined;
    let labels: Record<string, string>;
    let ports: readonly NamedPort[];
    if ('fromTemplate' in spec) {
      const w = creator!.object;
      labels = { ...w.spec.template.metadata.labels, ...spec.extraLabels };
      ports = (
        w.spec.template.spec.containers as {
          ports?: { name?: string; containerPort: number; protocol?: 'TCP' | 'UDP' }[];
        }[]
      )
        .flatMap((c) => c.ports ?? [])
        .map((p) => ({ name: p.name ?? '', port: p.containerPort, protocol: p.protocol ?? 'TCP' }));
    } else {
      ({ labels, ports } = spec);
    }
    result.set(spec.id, {
      id: spec.id,
      namespace: spec.namespace === 'env' ? namespace : spec.namespace,
      labels,
      ports,
      creator,
      ip: `10.244.${i}.10`,
    });
  });
  return result;
}

/** A flow with its pods and port resolved. */
export interface ResolvedFlow {
  readonly flow: Flow;
  readonly from: Pod | AddressId;
  readonly to: Pod | AddressId;
  readonly port: number;
  readonly portName: string;
  readonly protocol: 'TCP' | 'UDP';
}

export function resolve(pods: ReadonlyMap<string, Pod>, flow: Flow): ResolvedFlow {
  const end = (e: Endpoint): Pod | AddressId => {
    if ('address' in e) return e.address;
    const pod = pods.get(e.pod);
    if (!pod) throw new Error(`flow names pod ${e.pod}, which src/network/pods.ts does not list`);
    return pod;
  };
  const from = end(flow.from);
  const to = end(flow.to);
  const protocol = flow.protocol ?? 'TCP';
  if (typeof to === 'string') {
    if (typeof flow.port !== 'number')
      throw new Error(`flow to ${to} needs a port number (got ${flow.port})`);
    return { flow, from, to, port: flow.port, portName: '', protocol };
  }
  const named = to.ports.find(
    (p) =>
      (typeof flow.port === 'number' ? p.port === flow.port : p.name === flow.port) &&
      (p.protocol ?? 'TCP') === protocol,
  );
  if (!named)
    throw new Error(`pod ${to.id} has no ${protocol} port ${flow.port} (ports: ${JSON.stringify(to.ports)})`);
  return { flow, from, to, port: named.port, portName: named.name, protocol };
}

export const describe = (e: Pod | AddressId): string => (typeof e === 'string' ? e : e.id);
export const flowKey = (f: Pick<ResolvedFlow, 'from' | 'to' | 'port' | 'protocol'>): string =>
  `${describe(f.from)} -> ${describe(f.to)}:${f.port}/${f.protocol}`;

function peer(e: Pod | AddressId, namespaceLabels: (ns: string) => Record<string, string>): TrafficPeer {
  if (typeof e === 'string') return { IP: addresses[e].ip };
  return {
    Internal: { PodLabels: e.labels, NamespaceLabels: namespaceLabels(e.namespace), Namespace: e.namespace },
    IP: e.ip,
  };
}

/** Namespace labels as the API server sets them: the object's own plus kubernetes.io/metadata.name. */
export function namespaceLabeller(objects: readonly AppObject[]): (ns: string) => Record<string, string> {
  const declared = new Map<string, Record<string, string>>(
    objects
      .filter((o) => o.object.kind === 'Namespace')
      .map((o): [string, Record<string, string>] => [o.object.metadata.name, o.object.metadata.labels ?? {}]),
  );
  return (ns) => ({ ...declared.get(ns), 'kubernetes.io/metadata.name': ns });
}

export function traffic(
  f: Omit<ResolvedFlow, 'flow'>,
  namespaceLabels: (ns: string) => Record<string, string>,
): Traffic {
  return {
    Source: peer(f.from, namespaceLabels),
    Destination: peer(f.to, namespaceLabels),
    ResolvedPort: f.port,
    ResolvedPortName: f.portName,
    Protocol: f.protocol,
  };
}

/** matchLabels and matchExpressions of a label selector, as the API server evaluates them. */
export function selects(
  selector: {
    matchLabels?: Record<string, string>;
    matchExpressions?: { key: string; operator: string; values?: string[] }[];
  },
  labels: Record<string, string>,
): boolean {
  const byLabel = Object.entries(selector.matchLabels ?? {}).every(([k, v]) => labels[k] === v);
  const byExpression = (selector.matchExpressions ?? []).every((e) => {
    const has = e.key in labels;
    switch (e.operator) {
      case 'In':
        return has && e.values!.includes(labels[e.key]!);
      case 'NotIn':
        return !has || !e.values!.includes(labels[e.key]!);
      case 'Exists':
        return has;
      case 'DoesNotExist':
        return !has;
      default:
        throw new Error(`unknown selector operator ${e.operator}`);
    }
  });
  return byLabel && byExpression;
}

/** A pod Prometheus scrapes because a monitor in dist/ selects it, and through which monitor. */
export interface Scrape {
  readonly monitor: string;
  readonly pod: Pod;
  readonly port: NamedPort;
}

/**
 * What every PodMonitor and ServiceMonitor of the environment makes Prometheus scrape: a
 * PodMonitor's named port on the pods it selects; a ServiceMonitor's Service port, through its
 * targetPort, on the pods the Service selects that have that port.
 */
export function scrapes(
  objects: readonly AppObject[],
  pods: ReadonlyMap<string, Pod>,
  namespace: string,
): Scrape[] {
  const local = [...pods.values()].filter((p) => p.namespace === namespace);
  // Prometheus makes a target only of a selected pod that has the port (prometheus-operator's relabelling).
  const portOf = (pod: Pod, ref: string | number): NamedPort | undefined =>
    pod.ports.find((p) => (typeof ref === 'number' ? p.port === ref : p.name === ref));
  const result: Scrape[] = [];
  const add = (monitor: string, pod: Pod, ref: string | number) => {
    const port = portOf(pod, ref);
    if (port) result.push({ monitor, pod, port });
  };
  for (const { object: m } of objects) {
    if (m.kind === 'PodMonitor') {
      for (const pod of local.filter((p) => selects(m.spec.selector, p.labels)))
        for (const e of m.spec.podMetricsEndpoints as { port: string }[])
          add(`PodMonitor/${m.metadata.name}`, pod, e.port);
    }
    if (m.kind === 'ServiceMonitor') {
      const services = objects
        .map((o) => o.object)
        .filter((s: K8sObject) => s.kind === 'Service' && selects(m.spec.selector, s.metadata.labels ?? {}));
      for (const s of services)
        for (const e of m.spec.endpoints as { port: string }[]) {
          const sp = (s.spec.ports as { name?: string; port: number; targetPort?: number | string }[]).find(
            (p) => p.name === e.port,
          );
          if (!sp)
            throw new Error(
              `ServiceMonitor/${m.metadata.name}: Service ${s.metadata.name} has no port ${e.port}`,
            );
          for (const pod of local.filter((p) => selects({ matchLabels: s.spec.selector }, p.labels)))
            add(`ServiceMonitor/${m.metadata.name}`, pod, sp.targetPort ?? sp.port);
        }
    }
  }
  return result;
}

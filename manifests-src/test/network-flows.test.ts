import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderFlowTable } from '../src/network/flow-table';
import { DATABASE_PODS, flows } from '../src/network/flows';
import { addresses, type AddressId } from '../src/network/pods';
import {
  allowed,
  CYCLONUS_BUILD_MS,
  CYCLONUS_ENABLED,
  cyclonusBinary,
  type Traffic,
} from './helpers/cyclonus';
import { evaluate } from './helpers/netpol';
import {
  appObjects,
  environmentPods,
  flowKey,
  namespaceLabeller,
  resolve,
  scrapes,
  traffic,
  type Pod,
  type ResolvedFlow,
} from './helpers/flows';
import { ENVIRONMENTS, ROOT, type K8sObject } from './helpers/repository';
import { policiesInPlaceFor } from './helpers/sync-order';
import { terraformDefault } from './helpers/terraform';

/** A port no database pod listens on: anything may be refused there, nothing may be allowed. */
const UNUSED_PORT = { name: '', port: 6060, protocol: 'TCP' as const };

describe.each(ENVIRONMENTS)('network flows of %s', (env) => {
  const objects = appObjects(env);
  const namespace = objects.find((o) => o.object.kind === 'Namespace')!.object.metadata.name;
  const pods = environmentPods(objects, namespace);
  const namespaceLabels = namespaceLabeller(objects);
  const prometheus = pods.get('prometheus')!;
  const scraped = scrapes(objects, pods, namespace);
  const required: ResolvedFlow[] = [
    ...flows.map((f) => resolve(pods, f)),
    ...scraped.map((s) => ({
      flow: {
        from: { pod: prometheus.id },
        to: { pod: s.pod.id },
        port: s.port.name,
        why: `scraped through ${s.monitor}`,
      },
      from: prometheus,
      to: s.pod,
      port: s.port.port,
      portName: s.port.name,
      protocol: s.port.protocol ?? 'TCP',
    })),
  ];
  /**
   * The policies in place whenever both ends of the flow exist, on the first sync. NetworkPolicies
   * only add allows, so a flow they allow stays allowed once every other policy exists too.
   */
  const policiesFor = (f: ResolvedFlow): K8sObject[] => {
    const ends = [f.from, f.to].filter((e): e is Pod => typeof e !== 'string');
    const byName = new Map<string, K8sObject>();
    for (const e of ends)
      if (e.creator) for (const p of policiesInPlaceFor(objects, e.creator)) byName.set(p.metadata.name, p);
    return [...byName.values()].sort((a, b) => a.metadata.name.localeCompare(b.metadata.name));
  };

  /** Each required flow with the policies in place for it, grouped by that set (one analyser run each). */
  const groups = new Map<string, { policies: K8sObject[]; flows: ResolvedFlow[] }>();
  for (const f of required) {
    const policies = policiesFor(f);
    const key = policies.map((p) => p.metadata.name).join(',');
    const group = groups.get(key) ?? { policies, flows: [] };
    group.flows.push(f);
    groups.set(key, group);
  }
  const everyPolicy = objects.filter((o) => o.object.kind === 'NetworkPolicy').map((o) => o.object);
  const listed = new Set(required.map(flowKey));
  const sources: (Pod | AddressId)[] = [...pods.values(), ...(Object.keys(addresses) as AddressId[])];
  const probes = DATABASE_PODS.flatMap((id) => {
    const to = pods.get(id)!;
    return [...to.ports, UNUSED_PORT].flatMap((port) =>
      sources
        .filter((from) => from !== to)
        .map((from) => ({
          from,
          to,
          port: port.port,
          portName: port.name,
          protocol: port.protocol ?? 'TCP',
        })),
    );
  });

  it('when every required flow is evaluated against the policies in place on a first sync, then each is allowed both ways', () => {
    const denied: string[] = [];
    for (const [key, group] of groups)
      for (const f of group.flows) {
        const { egress, ingress } = evaluate(group.policies, traffic(f, namespaceLabels));
        if (!egress || !ingress)
          denied.push(
            `${flowKey(f)}: ${egress ? '' : 'egress denied '}${ingress ? '' : 'ingress denied '}(${f.flow.why}); policies in place: ${key}`,
          );
      }
    expect(denied).toEqual([]);
  });

  it('when every pod and address tries every port of the database pods, then only the listed flows are allowed', () => {
    const unlisted = probes
      .filter((p) => {
        const { egress, ingress } = evaluate(everyPolicy, traffic(p, namespaceLabels));
        return egress && ingress && !listed.has(flowKey(p));
      })
      .map(flowKey);
    expect(unlisted).toEqual([]);
  });

  (CYCLONUS_ENABLED ? it : it.skip)(
    'when cyclonus evaluates the same connections against the same policies, then it agrees on every one',
    () => {
      const binary = cyclonusBinary();
      const runs: { policies: K8sObject[]; traffics: Traffic[]; keys: string[] }[] = [
        ...[...groups.values()].map((g) => ({
          policies: g.policies,
          traffics: g.flows.map((f) => traffic(f, namespaceLabels)),
          keys: g.flows.map(flowKey),
        })),
        {
          policies: everyPolicy,
          traffics: probes.map((p) => traffic(p, namespaceLabels)),
          keys: probes.map(flowKey),
        },
      ];
      const disagreements = runs.flatMap((run) => {
        const verdicts = allowed(binary, run.policies, run.traffics);
        return run.traffics.flatMap((t, i) => {
          const { egress, ingress } = evaluate(run.policies, t);
          return verdicts[i] === (egress && ingress)
            ? []
            : [`${run.keys[i]}: cyclonus ${verdicts[i]}, evaluator ${egress && ingress}`];
        });
      });
      expect(disagreements).toEqual([]);
    },
    CYCLONUS_BUILD_MS,
  );

  it('when monitors are matched to pods, then no pod is scraped by two monitors', () => {
    const monitorsOf = new Map<string, Set<string>>();
    for (const s of scraped) monitorsOf.set(s.pod.id, (monitorsOf.get(s.pod.id) ?? new Set()).add(s.monitor));
    const twice = [...monitorsOf]
      .filter(([, m]) => m.size > 1)
      .map(([pod, m]) => `${pod}: ${[...m].join(', ')}`);
    expect(twice).toEqual([]);
    expect([...monitorsOf.keys()].sort()).toEqual(['api', 'db-primary', 'db-replica', 'gateway', 'pooler']);
  });

  it('when every monitor of dist/ is read, then each scrapes some pod of the catalogue on its port', () => {
    const monitors = objects
      .map((o) => o.object)
      .filter((o) => o.kind === 'PodMonitor' || o.kind === 'ServiceMonitor')
      .map((o) => `${o.kind}/${o.metadata.name}`);
    const scraping = new Set(scraped.map((s) => s.monitor));
    expect(monitors.filter((m) => !scraping.has(m))).toEqual([]);
  });
});

describe('the flow table of docs/networking.md', () => {
  it('when the document is read, then its table is the one src/network/flows.ts renders', () => {
    const doc = readFileSync(join(ROOT, 'docs/networking.md'), 'utf8');
    expect(doc).toContain(renderFlowTable());
  });
});

describe('the policies are enforced where they run', () => {
  it('when the EKS cluster is read in terraform/, then its VPC CNI enforces NetworkPolicies', () => {
    const cluster = readFileSync(join(ROOT, 'terraform/modules/cluster/main.tf'), 'utf8');
    const addons = terraformDefault('modules/environment/variables.tf', 'eks_addons');

    expect(cluster).toMatch(/"vpc-cni"\s*=\s*jsonencode\(\{\s*enableNetworkPolicy\s*=\s*"true"\s*\}\)/);
    expect(cluster).toMatch(
      /configuration_values\s*=\s*lookup\(local\.addon_configuration, each\.key, null\)/,
    );
    expect(addons).toContain('"vpc-cni"');
  });
});

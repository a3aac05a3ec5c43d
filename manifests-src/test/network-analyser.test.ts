import {
  allowed,
  CYCLONUS_BUILD_MS,
  CYCLONUS_ENABLED,
  cyclonusBinary,
  parseVerdicts,
  type Traffic,
} from './helpers/cyclonus';
import { selects } from './helpers/flows';
import { evaluate } from './helpers/netpol';
import type { K8sObject } from './helpers/repository';
import { appliedNoLater, policiesInPlaceFor, syncStep, type AppObject } from './helpers/sync-order';

const NS = 'shop';
const nsLabels = { 'kubernetes.io/metadata.name': NS };
const pod = (app: string, ip: string) => ({
  Internal: { PodLabels: { app }, NamespaceLabels: nsLabels, Namespace: NS },
  IP: ip,
});
const web = pod('web', '10.244.1.1');
const db = pod('db', '10.244.2.1');
const to = (port: number, portName = '', Protocol: 'TCP' | 'UDP' = 'TCP') => ({
  ResolvedPort: port,
  ResolvedPortName: portName,
  Protocol,
});
const webToDb = (port: number, portName = ''): Traffic => ({
  Source: web,
  Destination: db,
  ...to(port, portName),
});

const policy = (name: string, spec: object, annotations?: Record<string, string>): K8sObject => ({
  apiVersion: 'networking.k8s.io/v1',
  kind: 'NetworkPolicy',
  metadata: { name, namespace: NS, ...(annotations ? { annotations } : {}) },
  spec,
});
const defaultDeny = policy('default-deny', { podSelector: {}, policyTypes: ['Ingress', 'Egress'] });
const webEgress = policy('web', {
  podSelector: { matchLabels: { app: 'web' } },
  policyTypes: ['Egress'],
  egress: [
    { to: [{ podSelector: { matchLabels: { app: 'db' } } }], ports: [{ port: 5432, protocol: 'TCP' }] },
  ],
});
const dbIngress = (port: number | string) =>
  policy('db', {
    podSelector: { matchLabels: { app: 'db' } },
    policyTypes: ['Ingress'],
    ingress: [
      { from: [{ podSelector: { matchLabels: { app: 'web' } } }], ports: [{ port, protocol: 'TCP' }] },
    ],
  });

type Analyser = (policies: readonly K8sObject[], traffics: readonly Traffic[]) => boolean[];
let binary: string | undefined;
const analysers: [string, Analyser, boolean][] = [
  [
    'the evaluator',
    (policies, traffics) => traffics.map((t) => Object.values(evaluate(policies, t)).every(Boolean)),
    true,
  ],
  [
    'cyclonus',
    (policies, traffics) => allowed((binary ??= cyclonusBinary()), policies, traffics),
    CYCLONUS_ENABLED,
  ],
];

describe.each(analysers)('NetworkPolicy semantics, as %s reads them', (name, allowedBy, enabled) => {
  const it = enabled ? global.it : global.it.skip;
  beforeAll(() => {
    if (enabled && name === 'cyclonus') binary ??= cyclonusBinary();
  }, CYCLONUS_BUILD_MS);

  it('when no policy selects either pod, then the connection is allowed', () => {
    expect(allowedBy([], [webToDb(5432)])).toEqual([true]);
  });

  it('when the source may send but the destination does not accept, then the connection is denied', () => {
    expect(allowedBy([defaultDeny, webEgress], [webToDb(5432)])).toEqual([false]);
  });

  it('when egress and ingress both allow, then only the allowed port gets through, answers in query order', () => {
    expect(
      allowedBy([defaultDeny, webEgress, dbIngress(5432)], [webToDb(5432), webToDb(8000), webToDb(5432)]),
    ).toEqual([true, false, true]);
  });

  it('when the ingress rule names the port, then the named port matches and another name does not', () => {
    const policies = [defaultDeny, webEgress, dbIngress('postgresql')];
    expect(allowedBy(policies, [webToDb(5432, 'postgresql'), webToDb(5432, 'status')])).toEqual([
      true,
      false,
    ]);
  });

  it('when the peer is a namespace selector, then pods of other namespaces are refused', () => {
    const fromShop = policy('db', {
      podSelector: { matchLabels: { app: 'db' } },
      policyTypes: ['Ingress'],
      ingress: [{ from: [{ namespaceSelector: { matchLabels: nsLabels } }] }],
    });
    const elsewhere = {
      Internal: {
        PodLabels: { app: 'web' },
        NamespaceLabels: { 'kubernetes.io/metadata.name': 'x' },
        Namespace: 'x',
      },
      IP: '10.244.9.1',
    };
    expect(
      allowedBy([fromShop], [webToDb(5432), { Source: elsewhere, Destination: db, ...to(5432) }]),
    ).toEqual([true, false]);
  });

  it('when an address is in an ipBlock on the allowed port, then the egress is allowed, UDP separately from TCP', () => {
    const toInternet = policy('web-out', {
      podSelector: { matchLabels: { app: 'web' } },
      policyTypes: ['Egress'],
      egress: [{ to: [{ ipBlock: { cidr: '0.0.0.0/0' } }], ports: [{ port: 443, protocol: 'TCP' }] }],
    });
    const outside = { IP: '52.219.64.10' };
    expect(
      allowedBy(
        [defaultDeny, toInternet],
        [
          { Source: web, Destination: outside, ...to(443) },
          { Source: web, Destination: outside, ...to(443, '', 'UDP') },
        ],
      ),
    ).toEqual([true, false]);
  });
  it('when an ipBlock excepts a range and a rule gives a port range, then both bounds hold', () => {
    const out = policy('web-out', {
      podSelector: { matchLabels: { app: 'web' } },
      policyTypes: ['Egress'],
      egress: [
        {
          to: [{ ipBlock: { cidr: '10.0.0.0/8', except: ['10.1.0.0/16'] } }],
          ports: [{ port: 8000, endPort: 8100, protocol: 'TCP' }],
        },
      ],
    });
    const at = (ip: string, port: number): Traffic => ({ Source: web, Destination: { IP: ip }, ...to(port) });
    expect(
      allowedBy([defaultDeny, out], [at('10.2.0.1', 8050), at('10.1.0.1', 8050), at('10.2.0.1', 8101)]),
    ).toEqual([true, false, false]);
  });

  it('when a rule lists no peers, then any source on its port is accepted', () => {
    const open = policy('db', {
      podSelector: { matchLabels: { app: 'db' } },
      policyTypes: ['Ingress'],
      ingress: [{ ports: [{ port: 5432, protocol: 'TCP' }] }],
    });
    expect(allowedBy([open], [webToDb(5432), webToDb(5433)])).toEqual([true, false]);
  });
  it('when a policy governs only ingress, then the pods it selects keep an open egress', () => {
    const ingressOnly = policy('web', {
      podSelector: { matchLabels: { app: 'web' } },
      policyTypes: ['Ingress'],
      ingress: [],
    });
    const dbOpen = policy('db', {
      podSelector: { matchLabels: { app: 'db' } },
      policyTypes: ['Ingress'],
      ingress: [{}],
    });
    expect(
      allowedBy([ingressOnly, dbOpen], [webToDb(5432), { Source: db, Destination: web, ...to(3000) }]),
    ).toEqual([true, false]);
  });
});

describe('reading the analysers', () => {
  it('when cyclonus prints its verdict footers, then they are read in query order', () => {
    const table = (v: string) => `+---+\n| IS ALLOWED? |  ${v}  |        \n+---+\n`;
    expect(parseVerdicts(`Traffic:\n${table('TRUE')}Traffic:\n${table('FALSE')}`, 2)).toEqual([true, false]);
  });

  it('when cyclonus answers fewer queries than asked, then reading its output fails loudly', () => {
    expect(() => parseVerdicts('| IS ALLOWED? | TRUE |', 2)).toThrow(
      'cyclonus answered 1 of 2 traffic queries',
    );
  });

  it('when only the destination refuses, then the evaluator says which direction denied', () => {
    expect(evaluate([defaultDeny, webEgress], webToDb(5432))).toEqual({ egress: true, ingress: false });
  });
});

describe('sync order (Argo CD phases and waves)', () => {
  const job = (annotations: Record<string, string>): K8sObject => ({
    apiVersion: 'batch/v1',
    kind: 'Job',
    metadata: { name: 'migrate', annotations },
  });
  const namespace: AppObject = {
    chart: 'namespace',
    object: { apiVersion: 'v1', kind: 'Namespace', metadata: { name: NS } },
  };
  const hookJob: AppObject = { chart: 'api', object: job({ 'argocd.argoproj.io/hook': 'PreSync' }) };

  it('when a hook and a plain object are compared, then PreSync comes first and waves order within a phase', () => {
    expect(syncStep(hookJob.object)).toEqual({ phase: 0, wave: 0 });
    expect(syncStep(webEgress)).toEqual({ phase: 1, wave: 0 });
    expect(appliedNoLater(syncStep(webEgress), syncStep(hookJob.object))).toBe(false);
    const early = policy(
      'x',
      {},
      { 'argocd.argoproj.io/hook': 'PreSync', 'argocd.argoproj.io/sync-wave': '-1' },
    );
    expect(appliedNoLater(syncStep(early), syncStep(hookJob.object))).toBe(true);
  });

  it('when a PreSync Job runs on a first sync, then only the namespace app and earlier hooks of its own app count', () => {
    const objects: AppObject[] = [
      namespace,
      { chart: 'namespace', object: defaultDeny },
      hookJob,
      { chart: 'api', object: webEgress },
      {
        chart: 'api',
        object: policy(
          'hook',
          {},
          { 'argocd.argoproj.io/hook': 'PreSync', 'argocd.argoproj.io/sync-wave': '-1' },
        ),
      },
      { chart: 'database', object: dbIngress(5432) },
    ];
    expect(policiesInPlaceFor(objects, hookJob).map((p) => p.metadata.name)).toEqual([
      'default-deny',
      'hook',
    ]);
  });

  it('when an annotation is not a phase this check orders, then it refuses', () => {
    expect(() => syncStep(job({ 'argocd.argoproj.io/hook': 'Skip' }))).toThrow(
      'hook Skip is not one this check orders',
    );
  });
});

describe('label selectors', () => {
  it('when matchExpressions are given, then In, Exists and DoesNotExist combine with matchLabels', () => {
    const selector = {
      matchLabels: { 'cnpg.io/cluster': 'db' },
      matchExpressions: [
        { key: 'cnpg.io/jobRole', operator: 'Exists' },
        { key: 'cnpg.io/podRole', operator: 'DoesNotExist' },
      ],
    };
    expect(selects(selector, { 'cnpg.io/cluster': 'db', 'cnpg.io/jobRole': 'join' })).toBe(true);
    expect(selects(selector, { 'cnpg.io/cluster': 'db', 'cnpg.io/podRole': 'instance' })).toBe(false);
    expect(selects({ matchExpressions: [{ key: 'a', operator: 'In', values: ['x'] }] }, { a: 'y' })).toBe(
      false,
    );
  });
});

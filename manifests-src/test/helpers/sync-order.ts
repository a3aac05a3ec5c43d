import type { K8sObject } from './repository';

/** Argo CD's phases in the order a sync runs them (user-guide/sync-waves.md); Sync holds every non-hook object. */
const PHASES = ['PreSync', 'Sync', 'PostSync'] as const;

/** When Argo CD applies an object within its Application's sync: phase first, then wave. */
export interface SyncStep {
  readonly phase: number;
  readonly wave: number;
}

export function syncStep(o: K8sObject): SyncStep {
  const annotations = o.metadata.annotations ?? {};
  const hook = annotations['argocd.argoproj.io/hook'];
  const hooks = hook ? hook.split(',').map((h) => h.trim()) : ['Sync'];
  const phase = Math.min(
    ...hooks.map((h) => {
      const i = PHASES.indexOf(h as (typeof PHASES)[number]);
      if (i < 0) throw new Error(`${o.kind}/${o.metadata.name}: hook ${h} is not one this check orders`);
      return i;
    }),
  );
  const wave = Number(annotations['argocd.argoproj.io/sync-wave'] ?? '0');
  if (!Number.isInteger(wave))
    throw new Error(
      `${o.kind}/${o.metadata.name}: sync-wave ${annotations['argocd.argoproj.io/sync-wave']} is not an integer`,
    );
  return { phase, wave };
}

/**
 * Whether `a` is applied no later than `b` in the same sync. Within one step Argo CD applies
 * NetworkPolicies right after Namespaces, before workloads and custom resources (gitops-engine's
 * kind order), so a policy of the same step as the object that makes a pod is in place for it.
 */
export function appliedNoLater(a: SyncStep, b: SyncStep): boolean {
  return a.phase < b.phase || (a.phase === b.phase && a.wave <= b.wave);
}

/** An object of dist/<env>/<chart>/, with the Application (chart) it belongs to. */
export interface AppObject {
  readonly chart: string;
  readonly object: K8sObject;
}

/**
 * The NetworkPolicies guaranteed to exist whenever pods made by `creator` (an object of chart
 * `creator.chart`) exist, on the first sync: those of the namespace's own Application (the
 * Namespace is created with them, and nothing else can be applied into it before), and those
 * applied no later than the creator in its own Application. The environment's Applications
 * come from one ApplicationSet and sync in no order, so no other chart's policy counts.
 */
export function policiesInPlaceFor(objects: readonly AppObject[], creator: AppObject): K8sObject[] {
  const namespaceChart = objects.find((o) => o.object.kind === 'Namespace')?.chart;
  const step = syncStep(creator.object);
  return objects
    .filter((o) => o.object.kind === 'NetworkPolicy')
    .filter(
      (o) =>
        o.chart === namespaceChart || (o.chart === creator.chart && appliedNoLater(syncStep(o.object), step)),
    )
    .map((o) => o.object);
}

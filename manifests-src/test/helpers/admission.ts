import { isCelError, run, type CelInput } from '@bufbuild/cel';
import type { K8sObject } from './repository';

export interface Policy {
  metadata: { name: string };
  spec: {
    matchConstraints: { resourceRules: { apiGroups: string[]; resources: string[] }[] };
    matchConditions?: { name: string; expression: string }[];
    variables?: { name: string; expression: string }[];
    validations: { expression: string; message: string }[];
  };
}

/** What Argo CD's controller looks like to the API server when it applies dist/. */
export const ARGO_CD_REQUEST = {
  operation: 'CREATE',
  userInfo: { username: 'system:serviceaccount:argocd:argocd-application-controller' },
};

const PLURALS: Record<string, string> = {
  Deployment: 'deployments',
  StatefulSet: 'statefulsets',
  DaemonSet: 'daemonsets',
  Job: 'jobs',
  CronJob: 'cronjobs',
  Rollout: 'rollouts',
  Service: 'services',
  Secret: 'secrets',
};

/** Whether the policy's matchConstraints select this object's resource. */
export function policyMatches(policy: Policy, object: K8sObject): boolean {
  const group = object.apiVersion.includes('/') ? object.apiVersion.split('/')[0]! : '';
  const resource = PLURALS[object.kind] ?? `${object.kind.toLowerCase()}s`;
  return policy.spec.matchConstraints.resourceRules.some(
    (r) => r.apiGroups.includes(group) && r.resources.includes(resource),
  );
}

function evaluate(expression: string, input: Record<string, unknown>): unknown {
  const result = run(expression, input as Record<string, CelInput>);
  if (isCelError(result)) return { error: String(result.message) };
  return result;
}

/**
 * Evaluates a ValidatingAdmissionPolicy as the API server does: match conditions, then variables
 * in order, then validations. Returns the messages of the failed validations (an evaluation
 * error counts as a denial, as with failurePolicy Fail); `null` when the policy does not apply.
 */
export function admit(policy: Policy, object: K8sObject, request: object = ARGO_CD_REQUEST): string[] | null {
  if (!policyMatches(policy, object)) return null;
  const input: Record<string, unknown> = { object, request, variables: {} };
  for (const condition of policy.spec.matchConditions ?? []) {
    if (evaluate(condition.expression, input) !== true) return null;
  }
  const variables: Record<string, unknown> = {};
  for (const v of policy.spec.variables ?? [])
    variables[v.name] = evaluate(v.expression, { ...input, variables });
  return policy.spec.validations
    .filter((v) => evaluate(v.expression, { ...input, variables }) !== true)
    .map((v) => v.message);
}

import { Construct } from 'constructs';
import {
  ValidatingAdmissionPolicy,
  ValidatingAdmissionPolicyBinding,
} from 'kubernetes-models/admissionregistration.k8s.io/v1';
import { PART_OF, platformNamespaces } from '../config/platform';
import { addModel } from '../lib/model-object';

export interface ResourceRule {
  readonly apiGroups: readonly string[];
  readonly resources: readonly string[];
}

export interface PolicyRule {
  /** Policy name without the `dhakacart-` prefix. */
  readonly name: string;
  readonly resources: readonly ResourceRule[];
  /** Named CEL expressions evaluated before validations, available as `variables.<name>`. */
  readonly variables?: readonly { readonly name: string; readonly expression: string }[];
  readonly validations: readonly { readonly expression: string; readonly message: string }[];
}

/**
 * Requests from these controllers' service accounts are not checked: they create objects whose
 * images and labels we do not choose (PgBouncer Deployments and database Services, NGINX data
 * planes, cert-manager's ACME solver Services).
 */
export const EXEMPT_OPERATORS = [
  platformNamespaces.cnpg,
  platformNamespaces.gateway,
  platformNamespaces.certManager,
].map((ns) => `system:serviceaccount:${ns}:`);

/** A CEL list literal of strings. */
export const celList = (items: readonly string[]) => `[${items.map((i) => `'${i}'`).join(', ')}]`;

/** A ValidatingAdmissionPolicy and its Deny binding, scoped to namespaces labelled part-of=dhakacart. */
export class AdmissionPolicy extends Construct {
  constructor(scope: Construct, id: string, rule: PolicyRule) {
    super(scope, id);
    const name = `dhakacart-${rule.name}`;
    const labels = { 'app.kubernetes.io/name': name, 'app.kubernetes.io/part-of': PART_OF };
    addModel(
      this,
      'Policy',
      new ValidatingAdmissionPolicy({
        metadata: { name, labels },
        spec: {
          failurePolicy: 'Fail',
          matchConstraints: {
            resourceRules: rule.resources.map((r) => ({
              apiGroups: [...r.apiGroups],
              apiVersions: ['*'],
              operations: ['CREATE', 'UPDATE'],
              resources: [...r.resources],
            })),
          },
          matchConditions: [
            {
              name: 'not-an-exempt-operator',
              expression: `!${celList(EXEMPT_OPERATORS)}.exists(p, request.userInfo.username.startsWith(p))`,
            },
          ],
          ...(rule.variables ? { variables: rule.variables.map((v) => ({ ...v })) } : {}),
          validations: rule.validations.map((v) => ({ ...v })),
        },
      }),
    );
    addModel(
      this,
      'Binding',
      new ValidatingAdmissionPolicyBinding({
        metadata: { name, labels },
        spec: {
          policyName: name,
          validationActions: ['Deny'],
          matchResources: { namespaceSelector: { matchLabels: { 'app.kubernetes.io/part-of': PART_OF } } },
        },
      }),
    );
  }
}

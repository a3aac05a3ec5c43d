import { ALLOWED_IMAGE_PREFIXES, platformNamespaces } from '../config/platform';
import { celList, type PolicyRule, type ResourceRule } from './admission-policy';

const WORKLOADS: readonly ResourceRule[] = [
  { apiGroups: ['apps'], resources: ['deployments', 'statefulsets', 'daemonsets'] },
  { apiGroups: ['batch'], resources: ['jobs', 'cronjobs'] },
  { apiGroups: ['argoproj.io'], resources: ['rollouts'] },
];

/** The pod spec of any workload kind, and all its containers. */
const POD_VARIABLES = [
  {
    name: 'podSpec',
    expression:
      "object.kind == 'CronJob' ? object.spec.jobTemplate.spec.template.spec : object.spec.template.spec",
  },
  {
    name: 'containers',
    expression:
      'variables.podSpec.containers + (has(variables.podSpec.initContainers) ? variables.podSpec.initContainers : [])',
  },
];

/** Controllers that write Secrets in the shop's namespaces; Velero puts them back on restore. */
const SECRET_WRITERS = [
  `system:serviceaccount:${platformNamespaces.sealedSecrets}:sealed-secrets-controller`,
  `system:serviceaccount:${platformNamespaces.cnpg}:`,
  `system:serviceaccount:${platformNamespaces.certManager}:`,
  `system:serviceaccount:${platformNamespaces.velero}:`,
];

export const rules: readonly PolicyRule[] = [
  {
    name: 'image-digest',
    resources: WORKLOADS,
    variables: POD_VARIABLES,
    validations: [
      {
        expression: "variables.containers.all(c, c.image.matches('@sha256:[0-9a-f]{64}$'))",
        message: 'every image must be pinned by digest (@sha256:...)',
      },
      {
        expression: `variables.containers.all(c, ${celList(ALLOWED_IMAGE_PREFIXES)}.exists(p, c.image.startsWith(p)))`,
        message: `images must come from an allowed registry: ${ALLOWED_IMAGE_PREFIXES.join(', ')}`,
      },
    ],
  },
  {
    name: 'resources',
    resources: WORKLOADS,
    variables: POD_VARIABLES,
    validations: [
      {
        expression:
          "variables.containers.all(c, has(c.resources) && has(c.resources.requests) && has(c.resources.limits) && ['cpu', 'memory'].all(r, r in c.resources.requests && r in c.resources.limits))",
        message: 'every container needs cpu and memory requests and limits',
      },
    ],
  },
  {
    name: 'security-context',
    resources: WORKLOADS,
    variables: POD_VARIABLES,
    validations: [
      {
        expression:
          '(has(variables.podSpec.securityContext) && has(variables.podSpec.securityContext.runAsNonRoot) && variables.podSpec.securityContext.runAsNonRoot == true) || variables.containers.all(c, has(c.securityContext) && has(c.securityContext.runAsNonRoot) && c.securityContext.runAsNonRoot == true)',
        message: 'pods must run as non-root (runAsNonRoot: true)',
      },
      {
        expression:
          'variables.containers.all(c, has(c.securityContext) && has(c.securityContext.allowPrivilegeEscalation) && c.securityContext.allowPrivilegeEscalation == false)',
        message: 'every container must set allowPrivilegeEscalation: false',
      },
      {
        expression:
          'variables.containers.all(c, has(c.securityContext) && has(c.securityContext.readOnlyRootFilesystem) && c.securityContext.readOnlyRootFilesystem == true)',
        message: 'every container must set readOnlyRootFilesystem: true',
      },
    ],
  },
  {
    name: 'probes',
    resources: [
      { apiGroups: ['apps'], resources: ['deployments'] },
      { apiGroups: ['argoproj.io'], resources: ['rollouts'] },
    ],
    validations: [
      {
        expression:
          'object.spec.template.spec.containers.all(c, has(c.readinessProbe) && has(c.livenessProbe))',
        message: 'every container of a Deployment or Rollout needs readiness and liveness probes',
      },
    ],
  },
  {
    name: 'no-plain-secrets',
    resources: [{ apiGroups: [''], resources: ['secrets'] }],
    validations: [
      {
        // Secrets come from controllers (Sealed Secrets, CloudNativePG, cert-manager), never from a person.
        expression: `${celList(SECRET_WRITERS)}.exists(p, request.userInfo.username.startsWith(p))`,
        message:
          'plain Secrets are not created by hand in application namespaces: seal them with `npm run seal`',
      },
    ],
  },
  {
    name: 'labels',
    resources: [...WORKLOADS, { apiGroups: [''], resources: ['services'] }],
    validations: [
      {
        expression:
          "has(object.metadata.labels) && 'app.kubernetes.io/name' in object.metadata.labels && 'app.kubernetes.io/part-of' in object.metadata.labels",
        message: 'labels app.kubernetes.io/name and app.kubernetes.io/part-of are required',
      },
    ],
  },
  {
    name: 'host-isolation',
    resources: WORKLOADS,
    variables: POD_VARIABLES,
    validations: [
      {
        expression: '!has(variables.podSpec.volumes) || variables.podSpec.volumes.all(v, !has(v.hostPath))',
        message: 'hostPath volumes are not allowed',
      },
      {
        expression:
          "['hostNetwork', 'hostPID', 'hostIPC'].all(f, !(f in variables.podSpec) || variables.podSpec[f] == false)",
        message: 'host network, PID and IPC namespaces are not allowed',
      },
    ],
  },
];

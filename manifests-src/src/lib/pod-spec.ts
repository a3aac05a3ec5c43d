import type { IContainer, IEnvVar, IPodSpec, IProbe } from 'kubernetes-models/v1';
import type { Resources } from '../config/schema';

export interface HttpProbes {
  /** Path that answers once the process is alive. */
  readonly alive: string;
  /** Path that answers only while the pod should receive traffic. */
  readonly ready: string;
}

export interface SecurePodProps {
  readonly name: string;
  /** Image pinned by digest. */
  readonly image: string;
  readonly port: number;
  /** UID the image runs as (the API image uses 10001, nginx-unprivileged 101). */
  readonly uid: number;
  readonly resources: Resources;
  /** Labels used for topology spread and anti-affinity. */
  readonly selector: Record<string, string>;
  /** Omit for a one-shot container (no probes, no ports). */
  readonly probes?: HttpProbes;
  readonly env?: IEnvVar[];
  readonly command?: string[];
  /** Seconds to keep serving after endpoints removal starts (preStop sleep). @default 5 */
  readonly preStopSeconds?: number;
  /** Must cover preStop + the app's drain and close timeouts. @default 45 */
  readonly terminationGracePeriodSeconds?: number;
}

/** Port name shared by containers, Services, monitors and NetworkPolicies. */
export const HTTP_PORT_NAME = 'http';

function httpProbe(path: string, periodSeconds: number, failureThreshold: number): IProbe {
  return { httpGet: { path, port: HTTP_PORT_NAME }, periodSeconds, failureThreshold, timeoutSeconds: 2 };
}

export function resourceRequirements(r: Resources): NonNullable<IContainer['resources']> {
  return {
    requests: { cpu: r.cpu.request, memory: r.memory.request },
    limits: { cpu: r.cpu.limit, memory: r.memory.limit },
  };
}

export function secureContainer(props: SecurePodProps): IContainer {
  const { probes } = props;
  const preStopSeconds = props.preStopSeconds ?? 5;
  return {
    name: props.name,
    image: props.image,
    imagePullPolicy: 'IfNotPresent',
    ...(props.command ? { command: props.command } : {}),
    ...(props.env ? { env: props.env } : {}),
    ...(probes
      ? {
          ports: [{ name: HTTP_PORT_NAME, containerPort: props.port, protocol: 'TCP' }],
          // 60 s for a cold start before liveness takes over.
          startupProbe: httpProbe(probes.alive, 2, 30),
          readinessProbe: httpProbe(probes.ready, 5, 2),
          livenessProbe: httpProbe(probes.alive, 10, 3),
          lifecycle: { preStop: { sleep: { seconds: preStopSeconds } } },
        }
      : {}),
    resources: resourceRequirements(props.resources),
    securityContext: {
      runAsNonRoot: true,
      runAsUser: props.uid,
      runAsGroup: props.uid,
      allowPrivilegeEscalation: false,
      readOnlyRootFilesystem: true,
      capabilities: { drop: ['ALL'] },
      seccompProfile: { type: 'RuntimeDefault' },
    },
    volumeMounts: [{ name: 'tmp', mountPath: '/tmp' }],
  };
}

/** Restricted pod: no token, writable /tmp only, spread over zones and nodes. */
export function securePodSpec(props: SecurePodProps): IPodSpec {
  return {
    automountServiceAccountToken: false,
    enableServiceLinks: false,
    terminationGracePeriodSeconds: props.terminationGracePeriodSeconds ?? 45,
    securityContext: {
      runAsNonRoot: true,
      runAsUser: props.uid,
      runAsGroup: props.uid,
      fsGroup: props.uid,
      seccompProfile: { type: 'RuntimeDefault' },
    },
    containers: [secureContainer(props)],
    volumes: [{ name: 'tmp', emptyDir: { medium: 'Memory', sizeLimit: '64Mi' } }],
    topologySpreadConstraints: [
      {
        maxSkew: 1,
        topologyKey: 'topology.kubernetes.io/zone',
        whenUnsatisfiable: 'DoNotSchedule',
        labelSelector: { matchLabels: props.selector },
        matchLabelKeys: ['rollouts-pod-template-hash'],
      },
      {
        maxSkew: 1,
        topologyKey: 'kubernetes.io/hostname',
        whenUnsatisfiable: 'ScheduleAnyway',
        labelSelector: { matchLabels: props.selector },
        matchLabelKeys: ['rollouts-pod-template-hash'],
      },
    ],
    affinity: {
      podAntiAffinity: {
        preferredDuringSchedulingIgnoredDuringExecution: [
          {
            weight: 100,
            podAffinityTerm: {
              topologyKey: 'kubernetes.io/hostname',
              labelSelector: { matchLabels: props.selector },
            },
          },
        ],
      },
    },
  };
}

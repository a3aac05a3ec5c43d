import { Duration, Size } from 'cdk8s';
import * as kplus from 'cdk8s-plus-33';
import { Construct } from 'constructs';
import { PodDisruptionBudget } from 'kubernetes-models/policy/v1';
import type { EnvironmentConfig } from '../config/schema';
import { thirdPartyImages } from '../config/platform';
import { appLabels, selectorLabels } from '../lib/labels';
import { addModel } from '../lib/model-object';

export const REDIS_PORT = 6379;
/** UID of the `redis` user in the official Alpine image. */
const REDIS_UID = 999;

export interface RedisProps {
  readonly name: string;
  readonly redis: EnvironmentConfig['redis'];
}

/**
 * Redis as a cache only: no persistence (the catalog cache and rate-limit counters rebuild),
 * one replica (several would be independent, inconsistent caches), LRU eviction at maxMemory.
 */
export class Redis extends Construct {
  readonly host: string;
  constructor(scope: Construct, id: string, props: RedisProps) {
    super(scope, id);
    this.host = props.name;
    const selector = selectorLabels(props.name);
    const r = props.redis.resources;
    const deployment = new kplus.Deployment(this, 'Deployment', {
      metadata: { name: props.name, labels: appLabels(props.name, 'cache') },
      replicas: 1,
      select: false,
      podMetadata: { labels: appLabels(props.name, 'cache') },
      automountServiceAccountToken: false,
      securityContext: { ensureNonRoot: true, user: REDIS_UID, group: REDIS_UID, fsGroup: REDIS_UID },
      terminationGracePeriod: Duration.seconds(30),
      containers: [
        {
          name: 'redis',
          image: thirdPartyImages.redis,
          imagePullPolicy: kplus.ImagePullPolicy.IF_NOT_PRESENT,
          args: [
            '--save',
            '',
            '--appendonly',
            'no',
            '--maxmemory',
            props.redis.maxMemory.replace('Mi', 'mb').replace('Gi', 'gb'),
            '--maxmemory-policy',
            'allkeys-lru',
          ],
          ports: [{ number: REDIS_PORT, name: 'redis' }],
          resources: {
            cpu: {
              request: kplus.Cpu.millis(toMillis(r.cpu.request)),
              limit: kplus.Cpu.millis(toMillis(r.cpu.limit)),
            },
            memory: { request: toSize(r.memory.request), limit: toSize(r.memory.limit) },
          },
          securityContext: {
            ensureNonRoot: true,
            user: REDIS_UID,
            group: REDIS_UID,
            readOnlyRootFilesystem: true,
            allowPrivilegeEscalation: false,
            privileged: false,
            capabilities: { drop: [kplus.Capability.ALL] },
            seccompProfile: { type: kplus.SeccompProfileType.RUNTIME_DEFAULT },
          },
          startup: kplus.Probe.fromTcpSocket({
            port: REDIS_PORT,
            periodSeconds: Duration.seconds(2),
            failureThreshold: 15,
          }),
          readiness: kplus.Probe.fromCommand(['redis-cli', 'ping'], { periodSeconds: Duration.seconds(5) }),
          liveness: kplus.Probe.fromTcpSocket({ port: REDIS_PORT, periodSeconds: Duration.seconds(10) }),
          volumeMounts: [
            {
              path: '/data',
              volume: kplus.Volume.fromEmptyDir(this, 'Data', 'data', { sizeLimit: Size.mebibytes(64) }),
            },
          ],
        },
      ],
    });
    deployment.select(kplus.LabelSelector.of({ labels: selector }));

    const service = new kplus.Service(this, 'Service', {
      metadata: { name: props.name, labels: appLabels(props.name, 'cache') },
      ports: [{ name: 'redis', port: REDIS_PORT, targetPort: REDIS_PORT }],
    });
    for (const [key, value] of Object.entries(selector)) service.selectLabel(key, value);

    // One replica: the budget documents that evicting it is allowed (the API serves without cache).
    addModel(
      this,
      'PodDisruptionBudget',
      new PodDisruptionBudget({
        metadata: { name: props.name, labels: appLabels(props.name, 'cache') },
        spec: { maxUnavailable: 1, selector: { matchLabels: selector } },
      }),
    );
  }
}

function toMillis(cpu: string): number {
  return cpu.endsWith('m') ? Number(cpu.slice(0, -1)) : Math.round(Number(cpu) * 1000);
}

function toSize(memory: string): Size {
  return memory.endsWith('Gi')
    ? Size.gibibytes(Number(memory.slice(0, -2)))
    : Size.mebibytes(Number(memory.slice(0, -2)));
}

import { Chart } from 'cdk8s';
import type { Construct } from 'constructs';
import type { Environment } from '../config';
import { addNetworkPolicy, peers } from '../constructs/network-policy';
import { Redis, REDIS_PORT } from '../constructs/redis';
import { selectorLabels } from '../lib/labels';
import { names } from './names';

/** Redis cache, reachable from the API only. */
export class CacheChart extends Chart {
  constructor(scope: Construct, env: Environment) {
    super(scope, 'cache', { namespace: env.namespace, disableResourceNameHashes: true });
    new Redis(this, 'Redis', { name: names.redis, redis: env.redis });
    addNetworkPolicy(this, 'AllowRedis', {
      name: names.redis,
      podSelector: selectorLabels(names.redis),
      ingress: [{ peers: [peers.pods(selectorLabels(names.api))], ports: [{ port: REDIS_PORT }] }],
    });
  }
}

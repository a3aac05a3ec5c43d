import { join } from 'node:path';
import { environments } from './environments';
import { loadImages, parseOrThrow, type Images } from './images';
import { loadRecovery, type DatabaseRecovery } from './recovery';
import { ENV_NAMES, environmentSchema, type EnvironmentConfig, type EnvName } from './schema';

export interface Environment extends EnvironmentConfig {
  readonly images: Images[EnvName];
  /** Restored database clusters and the one that serves (database-recovery.json, written by db:restore). */
  readonly recovery: DatabaseRecovery;
}

/** Validates every environment, the image file and the recovery file; throws naming the bad field. */
export function loadEnvironments(configDir: string): Environment[] {
  const images = loadImages(join(configDir, 'images.json'));
  const recovery = loadRecovery(join(configDir, 'database-recovery.json'));
  const envs = ENV_NAMES.map((name) => ({
    ...parseOrThrow(environmentSchema, environments[name], name),
    images: images[name],
    recovery: recovery[name],
  }));
  assertDistinctNodePorts(envs);
  return envs;
}

/** Environments may share a cluster, where two Services cannot hold the same node port. */
export function assertDistinctNodePorts(envs: readonly EnvironmentConfig[]): void {
  const owner = new Map<number, string>();
  for (const env of envs) {
    for (const [listener, port] of Object.entries(env.gatewayNodePorts)) {
      const other = owner.get(port);
      if (other)
        throw new Error(
          `${env.name}.gatewayNodePorts.${listener}: ${port} is also ${other}, and environments may share a cluster`,
        );
      owner.set(port, `${env.name}.gatewayNodePorts.${listener}`);
    }
  }
}

export { ENV_NAMES, type EnvName, type EnvironmentConfig };

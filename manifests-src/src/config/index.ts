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
  return ENV_NAMES.map((name) => ({
    ...parseOrThrow(environmentSchema, environments[name], name),
    images: images[name],
    recovery: recovery[name],
  }));
}

export { ENV_NAMES, type EnvName, type EnvironmentConfig };

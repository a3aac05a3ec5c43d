import { join } from 'node:path';
import { environments } from './environments';
import { loadImages, parseOrThrow, type Images } from './images';
import { ENV_NAMES, environmentSchema, type EnvironmentConfig, type EnvName } from './schema';

export interface Environment extends EnvironmentConfig {
  readonly images: Images[EnvName];
}

/** Validates every environment and the image file; throws naming the bad field. */
export function loadEnvironments(configDir: string): Environment[] {
  const images = loadImages(join(configDir, 'images.json'));
  return ENV_NAMES.map((name) => ({
    ...parseOrThrow(environmentSchema, environments[name], name),
    images: images[name],
  }));
}

export { ENV_NAMES, type EnvName, type EnvironmentConfig };

import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The one file CI rewrites: image references per environment (see manifests-src/src/config/images.ts). */
export const IMAGES_FILE = 'manifests-src/src/config/images.json';
export const ENV_NAMES = ['staging', 'production'] as const;
export type EnvName = (typeof ENV_NAMES)[number];
export type Images = Record<EnvName, Record<string, string>>;

export class UsageError extends Error {}

export function isEnvName(value: string | undefined): value is EnvName {
  return ENV_NAMES.includes(value as EnvName);
}

/** `ghcr.io/dhakacart/<name>@sha256:<64 lowercase hex>`; a tag is never accepted. */
export function checkReference(name: string, reference: string): void {
  const pattern = new RegExp(`^ghcr\\.io/dhakacart/${name}@sha256:[0-9a-f]{64}$`);
  if (!pattern.test(reference)) {
    throw new UsageError(
      `image ${name}: expected ghcr.io/dhakacart/${name}@sha256:<64 lowercase hex>, got ${reference}`,
    );
  }
}

export function readImages(root: string): Images {
  return JSON.parse(readFileSync(join(root, IMAGES_FILE), 'utf8')) as Images;
}

/** Writes the file in its canonical form; returns whether its content changed. */
export function writeImages(root: string, images: Images): boolean {
  const path = join(root, IMAGES_FILE);
  const next = `${JSON.stringify(images, null, 2)}\n`;
  if (readFileSync(path, 'utf8') === next) return false;
  writeFileSync(path, next);
  return true;
}

export function digestOf(reference: string): string {
  return reference.slice(reference.indexOf('@') + 1);
}

import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  imageReferencePattern,
  imageReferenceShape,
} from '../../../manifests-src/src/config/image-reference';
import { UsageError } from './usage-error';

/** The one file CI rewrites: image references per environment (see manifests-src/src/config/images.ts). */
export const IMAGES_FILE = 'manifests-src/src/config/images.json';
export const ENVIRONMENTS = ['staging', 'production'] as const;
export type EnvName = (typeof ENVIRONMENTS)[number];
export type Images = Record<EnvName, Record<string, string>>;

/** Image name → component folder whose commits make up its changelog. */
export const IMAGE_SOURCES: Readonly<Record<string, string>> = { api: 'backend', storefront: 'frontend' };

export function isEnvName(value: string | undefined): value is EnvName {
  return (ENVIRONMENTS as readonly string[]).includes(value as string);
}

/** The rule manifests-src checks images.json with; a name that is no image name never matches. */
function matches(name: string, reference: string): boolean {
  try {
    return imageReferencePattern(name).test(reference);
  } catch {
    return false;
  }
}

/** Checks one reference given on the command line; a bad one is a usage error. */
export function checkReference(name: string, reference: string): void {
  if (!matches(name, reference)) {
    throw new UsageError(`image ${name}: expected ${imageReferenceShape(name)}, got ${reference}`);
  }
}

/** Reads an images file and insists on its documented shape: every environment, every reference by digest. */
export function readImagesFile(file: string): Images {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`cannot read ${file}: ${(error as Error).message}`);
  }
  for (const env of ENVIRONMENTS) {
    const images = (parsed as Record<string, unknown> | null)?.[env];
    if (images === null || typeof images !== 'object')
      throw new Error(`${file}: "${env}" should be an object of image references`);
    for (const [name, ref] of Object.entries(images)) {
      if (typeof ref !== 'string' || !matches(name, ref)) {
        throw new Error(
          `${file}: ${env}.${name} should be ${imageReferenceShape(name)} (got ${JSON.stringify(ref)})`,
        );
      }
    }
  }
  return parsed as Images;
}

/** The images file of the repository at `root`, validated. */
export function readImages(root: string): Images {
  return readImagesFile(join(root, IMAGES_FILE));
}

/** Writes the file in its canonical form; returns whether its content changed. */
export function writeImages(root: string, images: Images): boolean {
  const path = join(root, IMAGES_FILE);
  const next = `${JSON.stringify(images, null, 2)}\n`;
  if (readFileSync(path, 'utf8') === next) return false;
  writeFileSync(path, next);
  return true;
}

/** `sha256:<64 hex>` of a reference. */
export function digestOf(reference: string): string {
  return reference.slice(reference.indexOf('@') + 1);
}

/** `sha256:` and the first 12 hex digits of a reference's digest, for reading. */
export function shortDigest(reference: string): string {
  return digestOf(reference).slice(0, 19);
}

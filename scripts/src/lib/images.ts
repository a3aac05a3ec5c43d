import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
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

// Same rule as imageReferencePattern in manifests-src/src/config/images.ts, not imported: that package is ESM with extensionless imports (Bundler resolution) and this one is CommonJS under NodeNext, so tsc rejects the import without a build step.
/** `ghcr.io/dhakacart/<name>@sha256:<64 lowercase hex>`; a tag is never accepted. */
function referencePattern(name: string): RegExp {
  return new RegExp(`^ghcr\\.io/dhakacart/${name}@sha256:[0-9a-f]{64}$`);
}

/** Checks one reference given on the command line; a bad one is a usage error. */
export function checkReference(name: string, reference: string): void {
  if (!referencePattern(name).test(reference)) {
    throw new UsageError(
      `image ${name}: expected ghcr.io/dhakacart/${name}@sha256:<64 lowercase hex>, got ${reference}`,
    );
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
      if (typeof ref !== 'string' || !referencePattern(name).test(ref)) {
        throw new Error(
          `${file}: ${env}.${name} should be ghcr.io/dhakacart/<name>@sha256:<64 hex> (got ${JSON.stringify(ref)})`,
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

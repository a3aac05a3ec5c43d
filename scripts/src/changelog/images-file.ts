import { readFileSync } from 'node:fs';

export const ENVIRONMENTS = ['staging', 'production'] as const;
export type EnvName = (typeof ENVIRONMENTS)[number];

/** Image name → component folder whose commits make up its changelog. */
export const IMAGE_SOURCES: Readonly<Record<string, string>> = { api: 'backend', storefront: 'frontend' };

const IMAGE_REF = /^ghcr\.io\/dhakacart\/[a-z0-9-]+@sha256:[0-9a-f]{64}$/;

export type ImagesFile = Record<EnvName, Record<string, string>>;

/** Reads manifests-src/src/config/images.json and insists on its documented shape. */
export function readImagesFile(file: string): ImagesFile {
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
      if (typeof ref !== 'string' || !IMAGE_REF.test(ref)) {
        throw new Error(
          `${file}: ${env}.${name} should be ghcr.io/dhakacart/<name>@sha256:<64 hex> (got ${JSON.stringify(ref)})`,
        );
      }
    }
  }
  return parsed as ImagesFile;
}

export function shortDigest(ref: string): string {
  return ref.slice(ref.indexOf('@') + 1, ref.indexOf('@') + 20);
}

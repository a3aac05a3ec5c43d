import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { ENV_NAMES, type EnvName } from './schema';

/** Image names CI may write; each maps to one repository. */
export const IMAGE_NAMES = ['api', 'storefront'] as const;
export type ImageName = (typeof IMAGE_NAMES)[number];

/** `ghcr.io/dhakacart/<name>@sha256:<64 hex>`: a tag alone is never accepted. */
export function imageReferencePattern(name: ImageName): RegExp {
  return new RegExp(`^ghcr\\.io/dhakacart/${name}@sha256:[0-9a-f]{64}$`);
}

const envImagesSchema = z.strictObject(
  Object.fromEntries(
    IMAGE_NAMES.map((name) => [
      name,
      z
        .string()
        .regex(imageReferencePattern(name), `must be ghcr.io/dhakacart/${name}@sha256:<64 lowercase hex>`),
    ]),
  ) as Record<ImageName, z.ZodString>,
);
export const imagesSchema = z.strictObject(
  Object.fromEntries(ENV_NAMES.map((env) => [env, envImagesSchema])) as Record<
    EnvName,
    typeof envImagesSchema
  >,
);
export type Images = z.infer<typeof imagesSchema>;

export function loadImages(file: string): Images {
  return parseOrThrow(imagesSchema, JSON.parse(readFileSync(file, 'utf8')), 'images.json');
}

/** Parses with zod and throws one message naming every bad field, e.g. `images.json: production.api: must be ...`. */
export function parseOrThrow<T>(schema: z.ZodType<T>, value: unknown, label: string): T {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const problems = result.error.issues.map((i) => `${label}: ${i.path.join('.') || '(root)'}: ${i.message}`);
  throw new Error(`Invalid configuration\n  ${problems.join('\n  ')}`);
}

import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { imageReferencePattern, imageReferenceShape } from './image-reference';
import { ENV_NAMES, type EnvName } from './schema';

/** Image names CI may write; each maps to one repository. */
export const IMAGE_NAMES = ['api', 'storefront'] as const;
export type ImageName = (typeof IMAGE_NAMES)[number];

export { imageReferencePattern };

const envImagesSchema = z.strictObject(
  Object.fromEntries(
    IMAGE_NAMES.map((name) => [
      name,
      z.string().regex(imageReferencePattern(name), `must be ${imageReferenceShape(name)}`),
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

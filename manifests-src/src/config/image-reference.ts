/**
 * The one rule for image references, used by this package's config (images.json) and by the
 * delivery scripts (bump, promote). It imports nothing, so the scripts (CommonJS) load it as
 * they are and tsc checks it under either module system.
 */

/** What an image reference must look like, for messages. */
export function imageReferenceShape(name: string): string {
  return `ghcr.io/dhakacart/${name}@sha256:<64 lowercase hex>`;
}

/** `ghcr.io/dhakacart/<name>@sha256:<64 lowercase hex>`: a tag alone is never accepted. */
export function imageReferencePattern(name: string): RegExp {
  if (!/^[a-z0-9][a-z0-9-]*$/.test(name)) throw new Error(`not an image name: ${JSON.stringify(name)}`);
  return new RegExp(`^ghcr\\.io/dhakacart/${name}@sha256:[0-9a-f]{64}$`);
}

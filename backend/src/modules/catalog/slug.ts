/** The slug rule the database enforces: lowercase words of letters and digits joined by single dashes. */
export const SLUG_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** "Men's Cotton Lungi" → "mens-cotton-lungi"; "Beauty & Care" → "beauty-and-care". */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
}

/** Where the generated image of a product is served (under /api so the Gateway routes it to the API). */
export function generatedImageUrl(slug: string): string {
  return `/api/v1/media/products/${slug}.svg`;
}

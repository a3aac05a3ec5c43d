import type { AppDeps } from '../../deps';
import { notFound } from '../../lib/problem';
import { renderProductImage } from './product-image.svg';

const IMAGE_TTL_SECONDS = 3_600;

/** The SVG picture of a product, drawn once and cached (not versioned: a slug's picture never changes). */
export async function productPicture(
  deps: Pick<AppDeps, 'repositories' | 'catalogCache'>,
  slug: string,
): Promise<string> {
  const { json: svg } = await deps.catalogCache.load(
    `catalog:image:${slug}`,
    IMAGE_TTL_SECONDS,
    async () => {
      const source = await deps.repositories.catalog.pictureSource(slug);
      return source ? renderProductImage(source.name, source.categorySlug) : '';
    },
    { versioned: false },
  );
  if (!svg) throw notFound('Image');
  return svg;
}

import { QueryTypes } from 'sequelize';
import { z } from 'zod';
import type { AppDeps } from '../../deps';
import type { ApiRouter } from '../../http/api-router';
import { notFound } from '../../lib/problem';
import { Slug } from './catalog.schemas';
import { renderProductImage } from './product-image.svg';

const IMAGE_TTL_SECONDS = 3_600;

/**
 * Generated product images, `/api/v1/media/products/:slug.svg`. They live under /api so the
 * Gateway sends them to the API; a slug's picture never changes, so browsers keep it for a year.
 */
export function mediaRoutes(v1: ApiRouter, deps: AppDeps): void {
  const render = async (slug: string) => {
    const [row] = await deps.sequelize.query<{ name: string; category_slug: string }>(
      `SELECT p.name, c.slug AS category_slug FROM products p JOIN categories c ON c.id = p.category_id
       WHERE p.slug = $1`,
      { type: QueryTypes.SELECT, bind: [slug] },
    );
    return row ? renderProductImage(row.name, row.category_slug) : '';
  };

  v1.route({
    method: 'get',
    path: '/media/products/:slug.svg',
    summary: 'The generated picture of a product (SVG)',
    tags: ['catalog'],
    request: { params: z.object({ slug: Slug }) },
    responses: { 200: { description: 'An SVG image', contentType: 'image/svg+xml', schema: z.string() } },
    handler: async ({ params }, _req, res) => {
      const { json: svg } = await deps.catalogCache.load(
        `catalog:image:${params.slug}`,
        IMAGE_TTL_SECONDS,
        () => render(params.slug),
        { versioned: false },
      );
      if (!svg) throw notFound('Image');
      res
        .type('image/svg+xml')
        .set('Cache-Control', 'public, max-age=31536000, immutable')
        // Public pictures: usable from another origin (a CDN, a storefront on its own host).
        .set('Cross-Origin-Resource-Policy', 'cross-origin')
        .send(svg);
    },
  });
}

import { z } from 'zod';
import type { AppDeps } from '../../deps';
import type { ApiRouter } from '../../http/api-router';
import { Slug } from './catalog.schemas';
import { productPicture } from './media.service';

/**
 * Generated product images, `/api/v1/media/products/:slug.svg`. They live under /api so the
 * Gateway sends them to the API; a slug's picture never changes, so browsers keep it for a year.
 */
export function mediaRoutes(v1: ApiRouter, deps: AppDeps): void {
  v1.route({
    method: 'get',
    path: '/media/products/:slug.svg',
    summary: 'The generated picture of a product (SVG)',
    tags: ['catalog'],
    request: { params: z.object({ slug: Slug }) },
    responses: { 200: { description: 'An SVG image', contentType: 'image/svg+xml', schema: z.string() } },
    handler: async ({ params }, _req, res) => {
      const svg = await productPicture(deps, params.slug);
      res
        .type('image/svg+xml')
        .set('Cache-Control', 'public, max-age=31536000, immutable')
        // Public pictures: usable from another origin (a CDN, a storefront on its own host).
        .set('Cross-Origin-Resource-Policy', 'cross-origin')
        .send(svg);
    },
  });
}

import { z } from 'zod';
import type { ApiRouter } from '../../http/api-router';
import { dataOf } from '../../http/envelope';
import { DELIVERY_AREAS } from './delivery-areas';

const DeliveryAreaSchema = z.object({
  code: z.string(),
  name: z.string(),
  nameBn: z.string(),
  feePaisa: z.number().int(),
});

/** `GET /api/v1/delivery-areas`: the fixed list, cacheable by browsers and CDNs for an hour. */
export function deliveryAreaRoutes(router: ApiRouter): void {
  const body = JSON.stringify({ data: DELIVERY_AREAS });
  router.route({
    method: 'get',
    path: '/delivery-areas',
    summary: 'Dhaka areas we deliver to, with the delivery fee in paisa',
    tags: ['orders'],
    responses: { 200: { description: 'The areas', schema: dataOf(z.array(DeliveryAreaSchema)) } },
    handler: (_input, _req, res) => {
      res.set('Cache-Control', 'public, max-age=3600').type('application/json').send(body);
    },
  });
}

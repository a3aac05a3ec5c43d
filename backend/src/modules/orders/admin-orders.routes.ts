import type { AppDeps } from '../../deps';
import type { ApiRouter } from '../../http/api-router';
import { dataOf, pageOf } from '../../http/envelope';
import { OrderStatusService } from './order-status.service';
import { adminOrders } from './order.service';
import { AdminOrdersQuery, OrderParams, OrderSchema, StatusChangeBody } from './order.schemas';
import { toOrderView } from './order.view';

/** `/api/v1/admin/orders`: staff list orders and move them along their lifecycle. */
export function adminOrderRoutes(router: ApiRouter, deps: AppDeps): void {
  const statuses = new OrderStatusService(deps);
  router
    .route({
      method: 'get',
      path: '/admin/orders',
      summary: 'List orders, newest first, filtered by status, area, dates or a search',
      tags: ['admin'],
      auth: 'admin',
      request: { query: AdminOrdersQuery },
      responses: { 200: { description: 'A page of orders', schema: pageOf(OrderSchema) } },
      handler: async ({ query }, _req, res) => {
        res.json(await adminOrders(deps, query));
      },
    })
    .route({
      method: 'post',
      path: '/admin/orders/:number/status',
      summary: "Change an order's status (only allowed moves; cancelling restores stock)",
      tags: ['admin'],
      auth: 'admin',
      request: { params: OrderParams, body: StatusChangeBody },
      responses: {
        200: { description: 'The order', schema: dataOf(OrderSchema) },
        404: { description: 'No such order' },
        409: { description: 'Not an allowed move from the current status' },
      },
      handler: async ({ params, body }, req, res) => {
        const details = await statuses.change({
          number: params.number,
          to: body.status,
          note: body.note || null,
          actorId: req.auth!.customerId,
        });
        res.json({ data: toOrderView(details) });
      },
    });
}

import { Op, type Sequelize, type WhereOptions } from 'sequelize';
import { rows } from '../../lib/sql';
import { adminOrderWhere } from './admin-order-filters.sql';
import type { OrderDetails, OrderHistoryRecord, OrderLineRecord, OrderRecord } from './order-details';
import type { Order, OrderLine, OrderStatusHistory } from './order.models';
import type { AdminOrdersQuery } from './order.schemas';

/** Orders per page in every order list (a customer's history, the admin list). */
export const ORDERS_PER_PAGE = 20;

/** An order line with its product's first picture, for the unversioned API. */
export interface OrderLinePicture {
  id: number;
  orderId: number;
  productId: number;
  quantity: number;
  unitPricePaisa: number;
  name: string;
  imageUrl: string | null;
}

export interface OrderModels {
  Order: typeof Order;
  OrderLine: typeof OrderLine;
  OrderStatusHistory: typeof OrderStatusHistory;
}

/**
 * Reads orders with their lines and history: three queries for any number of orders, never
 * N+1. Returns plain objects (`raw`), never model instances.
 */
export class OrderRepository {
  constructor(
    private readonly sequelize: Sequelize,
    private readonly models: OrderModels,
  ) {}

  async byNumber(number: string): Promise<OrderDetails | undefined> {
    const order = await this.models.Order.findOne({ where: { number }, raw: true });
    return order ? (await this.withDetails([order]))[0] : undefined;
  }

  async byId(id: number): Promise<OrderDetails | undefined> {
    const order = await this.models.Order.findByPk(id, { raw: true });
    return order ? (await this.withDetails([order]))[0] : undefined;
  }

  /** The order alone, by its id or its number. */
  async find(idOrNumber: number | string): Promise<OrderRecord | undefined> {
    const where = typeof idOrNumber === 'number' ? { id: idOrNumber } : { number: idOrNumber };
    return (await this.models.Order.findOne({ where, raw: true })) ?? undefined;
  }

  /** A customer's orders, newest first. */
  forCustomer(customerId: number, page: number, pageSize = ORDERS_PER_PAGE) {
    return this.page({ customerId }, page, pageSize);
  }

  /** The back office's list, newest first. */
  forAdmin(query: AdminOrdersQuery, pageSize = ORDERS_PER_PAGE) {
    return this.page(adminOrderWhere(query), query.page, pageSize);
  }

  /** The lines of an order in id order, each with its product's first picture. */
  linesWithPictures(orderId: number): Promise<OrderLinePicture[]> {
    return rows<OrderLinePicture>(
      this.sequelize,
      `SELECT l.id, l.order_id AS "orderId", l.product_id AS "productId", l.quantity,
              l.unit_price_paisa AS "unitPricePaisa", l.product_name AS name, i.url AS "imageUrl"
       FROM order_lines l
       LEFT JOIN LATERAL (
         SELECT url FROM product_images WHERE product_id = l.product_id ORDER BY position LIMIT 1
       ) i ON true
       WHERE l.order_id = $1 ORDER BY l.id`,
      [orderId],
    );
  }

  private async page(
    where: WhereOptions<Order>,
    page: number,
    pageSize: number,
  ): Promise<{ items: OrderDetails[]; total: number }> {
    const { rows, count } = await this.models.Order.findAndCountAll({
      where,
      order: [
        ['createdAt', 'DESC'],
        ['id', 'DESC'],
      ],
      limit: pageSize,
      offset: (page - 1) * pageSize,
      raw: true,
    });
    return { items: await this.withDetails(rows), total: count };
  }

  private async withDetails(orders: OrderRecord[]): Promise<OrderDetails[]> {
    if (orders.length === 0) return [];
    const ids = orders.map((order) => order.id);
    const [lines, history] = await Promise.all([
      this.models.OrderLine.findAll({
        where: { orderId: { [Op.in]: ids } },
        order: [['id', 'ASC']],
        raw: true,
      }),
      this.models.OrderStatusHistory.findAll({
        where: { orderId: { [Op.in]: ids } },
        order: [['id', 'ASC']],
        raw: true,
      }),
    ]);
    return orders.map((order) => ({
      order,
      lines: lines.filter((line) => line.orderId === order.id) as OrderLineRecord[],
      history: history.filter((entry) => entry.orderId === order.id) as OrderHistoryRecord[],
    }));
  }
}

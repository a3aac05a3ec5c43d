import { Op, type WhereOptions } from 'sequelize';
import type { OrderDetails } from './order-details';
import { Order, OrderLine, OrderStatusHistory } from './order.models';

/** Orders per page in every order list (a customer's history, the admin list). */
export const ORDERS_PER_PAGE = 20;

/** Reads orders with their lines and history: three queries for any number of orders, never N+1. */
export class OrderRepository {
  async byNumber(number: string): Promise<OrderDetails | undefined> {
    const order = await Order.findOne({ where: { number } });
    return order ? (await this.withDetails([order]))[0] : undefined;
  }

  async byId(id: number): Promise<OrderDetails | undefined> {
    const order = await Order.findByPk(id);
    return order ? (await this.withDetails([order]))[0] : undefined;
  }

  /** Newest first. */
  async page(
    where: WhereOptions<Order>,
    page: number,
    pageSize: number,
  ): Promise<{ items: OrderDetails[]; total: number }> {
    const { rows, count } = await Order.findAndCountAll({
      where,
      order: [
        ['createdAt', 'DESC'],
        ['id', 'DESC'],
      ],
      limit: pageSize,
      offset: (page - 1) * pageSize,
    });
    return { items: await this.withDetails(rows), total: count };
  }

  private async withDetails(orders: Order[]): Promise<OrderDetails[]> {
    if (orders.length === 0) return [];
    const ids = orders.map((order) => order.id);
    const [lines, history] = await Promise.all([
      OrderLine.findAll({ where: { orderId: { [Op.in]: ids } }, order: [['id', 'ASC']] }),
      OrderStatusHistory.findAll({ where: { orderId: { [Op.in]: ids } }, order: [['id', 'ASC']] }),
    ]);
    return orders.map((order) => ({
      order,
      lines: lines.filter((line) => line.orderId === order.id),
      history: history.filter((entry) => entry.orderId === order.id),
    }));
  }
}

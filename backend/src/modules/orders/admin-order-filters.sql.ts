import { Op, type WhereOptions } from 'sequelize';
import type { Order } from './order.models';
import type { AdminOrdersQuery } from './order.schemas';

const DAY_MS = 86_400_000;
const isDay = (value: string) => /^\d{4}-\d{2}-\d{2}$/.test(value);
const dhakaMidnight = (day: string) => new Date(`${day}T00:00:00+06:00`);
const DHAKA_DAY = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Dhaka' });

/** The calendar day in Dhaka (YYYY-MM-DD) of an instant: the day `from`/`to` read. */
export const dhakaDay = (at: Date): string => DHAKA_DAY.format(at);
const likePattern = (text: string) => `%${text.replace(/[\\%_]/g, '\\$&')}%`;

export function adminOrderWhere(query: AdminOrdersQuery): WhereOptions<Order> {
  const where: Record<string | symbol, unknown> = {};
  if (query.status) where.status = query.status;
  if (query.area) where.deliveryArea = query.area;
  const createdAt: Record<symbol, Date> = {};
  if (query.from) createdAt[Op.gte] = isDay(query.from) ? dhakaMidnight(query.from) : new Date(query.from);
  if (query.to) {
    if (isDay(query.to)) createdAt[Op.lt] = new Date(dhakaMidnight(query.to).getTime() + DAY_MS);
    else createdAt[Op.lte] = new Date(query.to);
  }
  if (Object.getOwnPropertySymbols(createdAt).length > 0) where.createdAt = createdAt;
  if (query.q) {
    const pattern = likePattern(query.q);
    const digits = query.q.replace(/\D/g, '');
    where[Op.or] = [
      { number: { [Op.iLike]: pattern } },
      { customerName: { [Op.iLike]: pattern } },
      { customerEmail: { [Op.iLike]: pattern } },
      ...(digits.length >= 4 ? [{ customerPhone: { [Op.like]: `%${digits.replace(/^0/, '')}%` } }] : []),
    ];
  }
  return where as WhereOptions<Order>;
}

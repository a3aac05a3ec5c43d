import { toProduct } from './catalog.view';
import type { AdminProductRow, StockMovementRow } from './admin-products.repository';
import type { AdminProduct, StockMovement } from './admin-products.schemas';

export function toAdminProduct(row: AdminProductRow): AdminProduct {
  return {
    ...toProduct(row),
    status: row.status,
    unitsSold: row.units_sold,
    updatedAt: row.updated_at.toISOString(),
  };
}

export function toStockMovement(row: StockMovementRow): StockMovement {
  return {
    id: row.id,
    kind: row.kind,
    delta: row.delta,
    stockAfter: row.stock_after,
    reason: row.reason,
    orderId: row.order_id,
    actorId: row.actor_id,
    createdAt: row.created_at.toISOString(),
  };
}

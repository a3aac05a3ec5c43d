import { toProduct } from './catalog.view';
import type { AdminProductRecord, StockMovementRecord } from './admin-products.repository';
import type { AdminProduct, StockMovement } from './admin-products.schemas';

export function toAdminProduct(row: AdminProductRecord): AdminProduct {
  return {
    ...toProduct(row),
    status: row.status,
    unitsSold: row.unitsSold,
    updatedAt: row.updatedAt.toISOString(),
  };
}

export function toStockMovement(row: StockMovementRecord): StockMovement {
  return { ...row, createdAt: row.createdAt.toISOString() };
}

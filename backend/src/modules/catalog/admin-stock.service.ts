import { HttpProblem } from '../../lib/problem';
import { invalidateCatalog } from './catalog.cache';
import type { AdminProduct, StockAdjustmentBody, StockMovement as Movement } from './admin-products.schemas';
import { toStockMovement } from './admin-products.view';
import { getAdminProduct, type AdminDeps } from './admin-products.service';

/** Adds or removes stock with a reason, atomically; never below zero. */
export async function adjustProductStock(
  deps: AdminDeps,
  id: number,
  body: StockAdjustmentBody,
  actorId: number,
): Promise<{ product: AdminProduct; movement: Movement }> {
  const movement = await deps.repositories.adminProducts.adjustStock({ productId: id, ...body, actorId });
  if (!movement) {
    const product = await getAdminProduct(deps, id);
    throw new HttpProblem(
      'conflict',
      `Stock cannot go below zero: ${product.stock} in stock, adjustment of ${body.delta}`,
      { stock: product.stock, delta: body.delta },
    );
  }
  await invalidateCatalog(deps);
  return { product: await getAdminProduct(deps, id), movement: toStockMovement(movement) };
}

export async function listStockMovements(deps: AdminDeps, id: number): Promise<Movement[]> {
  await getAdminProduct(deps, id);
  return (await deps.repositories.adminProducts.stockMovements(id)).map(toStockMovement);
}

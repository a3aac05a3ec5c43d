import type { Cart, CartLine } from '../api/types';

/** What the customer last saw of each line, kept across reloads to explain changes. */
export interface CartSnapshotLine {
  productId: number;
  name: string;
  unitPricePaisa: number;
  quantity: number;
}

export type CartChange =
  | { kind: 'price'; productId: number; name: string; fromPaisa: number; toPaisa: number }
  | { kind: 'stock'; productId: number; name: string; available: number }
  | { kind: 'gone'; productId: number; name: string };

export function snapshotOf(cart: Cart): CartSnapshotLine[] {
  return cart.lines.map(({ productId, name, unitPricePaisa, quantity }) => ({
    productId,
    name,
    unitPricePaisa,
    quantity,
  }));
}

/** Compares what the customer saw with the server's cart: changed prices, short stock, lines gone. */
export function diffCart(previous: CartSnapshotLine[], current: Cart): CartChange[] {
  const changes: CartChange[] = [];
  const now = new Map(current.lines.map((line) => [line.productId, line]));
  for (const seen of previous) {
    const line = now.get(seen.productId);
    if (!line) {
      changes.push({ kind: 'gone', productId: seen.productId, name: seen.name });
      continue;
    }
    if (line.unitPricePaisa !== seen.unitPricePaisa) {
      changes.push({
        kind: 'price',
        productId: line.productId,
        name: line.name,
        fromPaisa: seen.unitPricePaisa,
        toPaisa: line.unitPricePaisa,
      });
    }
  }
  for (const line of current.lines) {
    if (line.available) continue;
    changes.push(
      line.stock > 0
        ? { kind: 'stock', productId: line.productId, name: line.name, available: line.stock }
        : { kind: 'gone', productId: line.productId, name: line.name },
    );
  }
  return dedupe(changes);
}

function dedupe(changes: CartChange[]): CartChange[] {
  const seen = new Set<string>();
  return changes.filter((change) => {
    const key = `${change.kind}:${change.productId}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export interface CartTotals {
  subtotalPaisa: number;
  deliveryFeePaisa: number | null;
  totalPaisa: number;
  itemCount: number;
}

/** Sums the lines in integer paisa; the delivery fee counts only once an area is chosen. */
export function cartTotals(lines: readonly CartLine[], deliveryFeePaisa: number | null): CartTotals {
  const subtotalPaisa = lines.reduce((sum, line) => sum + line.unitPricePaisa * line.quantity, 0);
  const itemCount = lines.reduce((sum, line) => sum + line.quantity, 0);
  const fee = lines.length === 0 ? null : deliveryFeePaisa;
  return { subtotalPaisa, deliveryFeePaisa: fee, totalPaisa: subtotalPaisa + (fee ?? 0), itemCount };
}

/** Keeps a wanted quantity inside 1..stock (at least 1, so a short line can still be reduced). */
export function clampQuantity(wanted: number, stock: number): number {
  if (!Number.isFinite(wanted)) return 1;
  return Math.max(1, Math.min(Math.floor(wanted), Math.max(stock, 1)));
}

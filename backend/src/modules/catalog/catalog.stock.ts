import { LRUCache } from 'lru-cache';
import type { AppDeps } from '../../deps';
import type { LoadedJson } from '../../lib/cache';
import { CATALOG_TTL, invalidateCatalog } from './catalog.cache';
import { stockStatus } from './catalog.view';

/**
 * Stock is kept apart from the cached catalog entries (ADR 0027), so an order does not make
 * every page that shows the product stale. An entry is cached as a template whose `stock` and
 * `stockStatus` fields are marks carrying the product id and the stock the entry was built with;
 * each read fills them from the stock values an order or cancellation wrote beside the entries of
 * the same generation, or from the mark where there is none. A sell-out, and stock coming back
 * from zero, change which products a list holds: those bump the generation, as content changes do.
 */
const MARK = /"\\u0000([st])(\d+):(-?\d+)"/g;

/** Outlives every entry of its generation that was loaded before it was written. */
export const STOCK_TTL = 2 * Math.max(...Object.values(CATALOG_TTL));

const stockKey = (generation: string, productId: number) => `catalog:stock:${productId}#${generation}`;

interface HasStock {
  id?: unknown;
  stock?: unknown;
}

/**
 * JSON for the catalog cache: as JSON.stringify, with the `stock` and `stockStatus` of every
 * object that has an `id` and a numeric `stock` written as marks for {@link withCurrentStock}.
 */
export function cacheableJson(value: unknown): string {
  return JSON.stringify(value, function (this: HasStock, key: string, field: unknown) {
    if (typeof this.id !== 'number' || typeof this.stock !== 'number') return field;
    if (key === 'stock') return `\u0000s${this.id}:${this.stock}`;
    if (key === 'stockStatus') return `\u0000t${this.id}:${this.stock}`;
    return field;
  });
}

/**
 * Per template (the near cache hands back the same string object): its product ids, found once,
 * and the last filled text with the generations it was filled under. While no stock value is
 * written (the values' generation stays), a read gets that same string back without reading the
 * values, and sending it reuses its bytes and ETag (send-cached.ts).
 */
interface Filled {
  readonly ids: number[];
  last?: { generations: string; json: string };
}
const filledOf = new LRUCache<string, Filled>({
  // Hot pages only, as the near cache holds (lib/cache.ts): a template and its filled text.
  maxSize: 16 * 1024 * 1024,
  sizeCalculation: (filled, template) =>
    template.length + (filled.last?.json.length ?? 0) + 8 * filled.ids.length,
});

function filledFor(template: string): Filled {
  let filled = filledOf.get(template);
  if (!filled) {
    filled = { ids: [...new Set([...template.matchAll(MARK)].map((m) => Number(m[2])))] };
    filledOf.set(template, filled);
  }
  return filled;
}

/** A cached template with every mark replaced by the product's current stock and status. */
export async function withCurrentStock(
  deps: Pick<AppDeps, 'catalogCache'>,
  { json: template, generation, valuesGeneration }: LoadedJson,
): Promise<string> {
  const filled = filledFor(template);
  const { ids } = filled;
  if (ids.length === 0) return template;
  // Unknown generations (shared cache down): the entry was just read from PostgreSQL; its own stock.
  const known = generation !== null && valuesGeneration !== null;
  const generations = `${generation}/${valuesGeneration}`;
  if (known && filled.last?.generations === generations) return filled.last.json;
  const values = known ? await deps.catalogCache.getMany(ids.map((id) => stockKey(generation, id))) : null;
  const current = new Map<number, number>();
  values?.forEach((value, i) => {
    if (value !== null) current.set(ids[i]!, Number(value));
  });
  const json = template.replace(MARK, (_, kind: string, id: string, built: string) => {
    const stock = current.get(Number(id)) ?? Number(built);
    return kind === 's' ? String(stock) : `"${stockStatus(stock)}"`;
  });
  // Only values read in full are remembered: after a failed read, the next one tries again.
  if (values !== null) {
    filled.last = { generations, json };
    filledOf.set(template, filled); // counts its new size
  }
  return json;
}

export interface StockChange {
  productId: number;
  /** Stock after the change, as the guarded UPDATE returned it. */
  stock: number;
  delta: number;
  /** Increases with each committed change of the product (the UPDATE's clock, under its row lock). */
  version: number;
}

/** A stock line as the guarded UPDATEs return it (orders' reserve and restock). */
export interface UpdatedStock {
  productId: number;
  quantity: number;
  stockAfter: number;
  /** The UPDATE's version, a bigint as text. */
  stockVersion: string;
}

/** The changes of lines whose quantity left stock (`out`, an order) or came back (`in`, a cancellation). */
export function stockChanges(lines: readonly UpdatedStock[], direction: 'out' | 'in'): StockChange[] {
  return lines.map((line) => ({
    productId: line.productId,
    stock: line.stockAfter,
    delta: direction === 'out' ? -line.quantity : line.quantity,
    version: Number(line.stockVersion),
  }));
}

/**
 * After a committed order or cancellation: the new stock beside the current generation's
 * entries, or, when a product sells out or comes back from zero (lists change), or the values
 * cannot be written, a new generation. A cache outage never fails the write that committed.
 */
export async function recordStock(
  deps: Pick<AppDeps, 'catalogCache' | 'logger'>,
  changes: readonly StockChange[],
): Promise<void> {
  if (changes.length === 0) return;
  if (changes.some((c) => c.stock === 0 || c.stock - c.delta === 0)) return invalidateCatalog(deps);
  try {
    const generation = await deps.catalogCache.generation();
    if (generation === null) throw new Error('catalog generation unknown');
    await deps.catalogCache.setNewer(
      changes.map((c) => ({
        key: stockKey(generation, c.productId),
        version: c.version,
        value: String(c.stock),
      })),
      STOCK_TTL,
    );
  } catch (error) {
    deps.logger.warn({ err: error }, 'stock not written beside the catalog cache; making the catalog stale');
    await invalidateCatalog(deps);
  }
}

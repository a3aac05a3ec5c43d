import type { Cart, CartLine, ProductSummary } from '../api/types';

export function product(overrides: Partial<ProductSummary> = {}): ProductSummary {
  return {
    id: 1,
    slug: 'miniket-rice-5kg',
    name: 'Miniket Rice 5 kg',
    nameBn: 'মিনিকেট চাল ৫ কেজি',
    category: { slug: 'grocery', name: 'Grocery' },
    pricePaisa: 42000,
    stock: 12,
    stockStatus: 'in_stock',
    image: { url: '/img/rice.jpg', alt: 'Rice bag', width: 600, height: 600 },
    createdAt: '2026-01-01T00:00:00Z',
    ...overrides,
  };
}

export function line(overrides: Partial<CartLine> = {}): CartLine {
  const base: CartLine = {
    productId: 1,
    slug: 'miniket-rice-5kg',
    name: 'Miniket Rice 5 kg',
    image: null,
    unitPricePaisa: 42000,
    quantity: 2,
    lineTotalPaisa: 84000,
    stock: 12,
    available: true,
  };
  const merged = { ...base, ...overrides };
  return { ...merged, lineTotalPaisa: overrides.lineTotalPaisa ?? merged.unitPricePaisa * merged.quantity };
}

export function cart(lines: CartLine[], id = 'cart-abc'): Cart {
  return {
    id,
    lines,
    itemCount: lines.reduce((n, l) => n + l.quantity, 0),
    subtotalPaisa: lines.reduce((n, l) => n + l.lineTotalPaisa, 0),
    updatedAt: '2026-01-01T00:00:00Z',
  };
}

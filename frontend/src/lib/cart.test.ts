import { describe, expect, it } from 'vitest';
import { cart, line } from '../test/fixtures';
import { cartTotals, clampQuantity, diffCart, snapshotOf } from './cart';

describe('cartTotals', () => {
  it('when lines are given without an area, then the subtotal is the sum and no delivery fee is added', () => {
    const totals = cartTotals(
      [
        line({ quantity: 2, unitPricePaisa: 42000 }),
        line({ productId: 2, quantity: 1, unitPricePaisa: 12550 }),
      ],
      null,
    );
    expect(totals).toEqual({ subtotalPaisa: 96550, deliveryFeePaisa: null, totalPaisa: 96550, itemCount: 3 });
  });

  it('when an area is chosen, then its fee is added to the total', () => {
    const totals = cartTotals([line({ quantity: 1, unitPricePaisa: 10000 })], 6000);
    expect(totals.totalPaisa).toBe(16000);
    expect(totals.deliveryFeePaisa).toBe(6000);
  });

  it('when the cart is empty, then nothing is charged, not even delivery', () => {
    expect(cartTotals([], 6000)).toEqual({
      subtotalPaisa: 0,
      deliveryFeePaisa: null,
      totalPaisa: 0,
      itemCount: 0,
    });
  });
});

describe('diffCart', () => {
  const before = snapshotOf(
    cart([line({ productId: 1, unitPricePaisa: 42000 }), line({ productId: 2, name: 'Soybean Oil' })]),
  );

  it('when nothing changed, then there is nothing to tell', () => {
    expect(
      diffCart(before, cart([line({ productId: 1 }), line({ productId: 2, name: 'Soybean Oil' })])),
    ).toEqual([]);
  });

  it('when a price rose, then the change names the old and new price', () => {
    const changes = diffCart(
      before,
      cart([line({ productId: 1, unitPricePaisa: 45000 }), line({ productId: 2, name: 'Soybean Oil' })]),
    );
    expect(changes).toEqual([
      { kind: 'price', productId: 1, name: 'Miniket Rice 5 kg', fromPaisa: 42000, toPaisa: 45000 },
    ]);
  });

  it('when stock fell below the quantity, then the change says how many are left', () => {
    const changes = diffCart(
      before,
      cart([
        line({ productId: 1, stock: 1, quantity: 2, available: false }),
        line({ productId: 2, name: 'Soybean Oil' }),
      ]),
    );
    expect(changes).toEqual([{ kind: 'stock', productId: 1, name: 'Miniket Rice 5 kg', available: 1 }]);
  });

  it('when a line disappeared or sold out, then it is reported as gone', () => {
    const changes = diffCart(before, cart([line({ productId: 1, stock: 0, available: false })]));
    expect(changes.map((c) => [c.kind, c.productId])).toEqual([
      ['gone', 2],
      ['gone', 1],
    ]);
  });
});

describe('clampQuantity', () => {
  it('when the wanted quantity is outside 1..stock, then it is brought inside', () => {
    expect(clampQuantity(0, 5)).toBe(1);
    expect(clampQuantity(9, 5)).toBe(5);
    expect(clampQuantity(3, 5)).toBe(3);
    expect(clampQuantity(Number.NaN, 5)).toBe(1);
  });
});

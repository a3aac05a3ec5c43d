import { HttpProblem, notFound } from '../../lib/problem';
import { randomToken } from '../../lib/tokens';
import type { CartRepository, CartRow } from './cart.repository';
import type { CartView } from './cart.schemas';
import { toCartView } from './cart.view';

/** Anonymous carts: prices and stock are always read from the catalog, never stored. */
export class CartService {
  constructor(private readonly carts: CartRepository) {}

  async create(): Promise<CartView> {
    return toCartView(await this.carts.create(randomToken()), []);
  }

  async get(cartId: string): Promise<CartView> {
    const [cart, lines] = await Promise.all([this.carts.findOpen(cartId), this.carts.lines(cartId)]);
    if (!cart) throw notFound('Cart');
    return toCartView(cart, lines);
  }

  /** The customer's open cart, created when there is none. */
  async forCustomer(customerId: number): Promise<CartView> {
    const cart =
      (await this.carts.findOpenForCustomer(customerId)) ??
      (await this.carts.openForCustomer(randomToken(), customerId));
    return this.get(cart.id);
  }

  /**
   * Gives an anonymous cart to a customer who signs in. When they already have an open
   * cart, the anonymous one's lines are merged into it. Returns the customer's cart id.
   * Someone else's cart, or an unknown one, is left alone.
   */
  async attachToCustomer(customerId: number, cartId: string | undefined): Promise<string | null> {
    const own = await this.carts.findOpenForCustomer(customerId);
    const given = cartId ? await this.carts.findOpen(cartId) : undefined;
    if (!given || given.id === own?.id || (given.customerId !== null && given.customerId !== customerId)) {
      return own?.id ?? null;
    }
    if (!own) {
      if (await this.carts.assignCustomer(given.id, customerId)) return given.id;
      return this.attachToCustomer(customerId, cartId); // an own cart appeared meanwhile: merge
    }
    await this.carts.merge(given.id, own.id);
    return own.id;
  }

  async addItem(cartId: string, productId: number, quantity: number): Promise<CartView> {
    await this.requireOpen(cartId);
    const total = ((await this.carts.lineQuantity(cartId, productId)) ?? 0) + quantity;
    if (total > 100) {
      throw new HttpProblem('validation-error', 'At most 100 of one product per cart', {
        errors: [{ field: 'body.quantity', message: 'the line would exceed 100' }],
      });
    }
    await this.requireStock(productId, total);
    await this.carts.setLine(cartId, productId, total);
    return this.get(cartId);
  }

  async setQuantity(cartId: string, productId: number, quantity: number): Promise<CartView> {
    await this.requireOpen(cartId);
    if ((await this.carts.lineQuantity(cartId, productId)) === undefined) throw notFound('Cart line');
    await this.requireStock(productId, quantity);
    await this.carts.setLine(cartId, productId, quantity);
    return this.get(cartId);
  }

  async removeItem(cartId: string, productId: number): Promise<CartView> {
    await this.requireOpen(cartId);
    await this.carts.deleteLine(cartId, productId);
    return this.get(cartId);
  }

  private async requireOpen(cartId: string): Promise<CartRow> {
    const cart = await this.carts.findOpen(cartId);
    if (!cart) throw notFound('Cart');
    return cart;
  }

  /** 404 for an unknown product; 409 out-of-stock when archived or short. */
  private async requireStock(productId: number, quantity: number): Promise<void> {
    const product = await this.carts.productStock(productId);
    if (!product) throw notFound('Product');
    const available = product.status === 'active' ? product.stock : 0;
    if (quantity > available) {
      throw new HttpProblem('out-of-stock', `Only ${available} of ${product.name} available`, {
        items: [{ productId, name: product.name, requested: quantity, available }],
      });
    }
  }
}

import { toImage } from '../catalog';
import type { CartLineRow, CartRow } from './cart.repository';
import type { CartView } from './cart.schemas';

/** A cart as the API shows it: current prices, and whether each line can be ordered as is. */
export function toCartView(cart: CartRow, lines: CartLineRow[]): CartView {
  const viewLines = lines.map((line) => ({
    productId: line.productId,
    slug: line.slug,
    name: line.name,
    image: toImage(line.imageUrl, line.imageAlt, line.imageWidth, line.imageHeight),
    unitPricePaisa: line.pricePaisa,
    quantity: line.quantity,
    lineTotalPaisa: line.pricePaisa * line.quantity,
    stock: line.stock,
    available: line.status === 'active' && line.stock >= line.quantity,
  }));
  return {
    id: cart.id,
    lines: viewLines,
    itemCount: viewLines.reduce((sum, line) => sum + line.quantity, 0),
    subtotalPaisa: viewLines.reduce((sum, line) => sum + line.lineTotalPaisa, 0),
    updatedAt: cart.updatedAt.toISOString(),
  };
}

import { deliveryArea } from './delivery-areas';
import type { OrderDetails } from './order-details';
import type { OrderView } from './order.schemas';

export function toOrderView({ order, lines, history }: OrderDetails): OrderView {
  return {
    number: order.number,
    status: order.status,
    lines: lines.map((line) => ({
      productId: line.productId,
      slug: line.productSlug,
      name: line.productName,
      unitPricePaisa: line.unitPricePaisa,
      quantity: line.quantity,
      lineTotalPaisa: line.lineTotalPaisa,
    })),
    subtotalPaisa: order.subtotalPaisa,
    deliveryFeePaisa: order.deliveryFeePaisa,
    totalPaisa: order.totalPaisa,
    paymentMethod: order.paymentMethod,
    paymentStatus: order.paymentStatus,
    customer: { name: order.customerName, phone: order.customerPhone, email: order.customerEmail },
    delivery: {
      area: order.deliveryArea,
      areaName: deliveryArea(order.deliveryArea)?.name ?? order.deliveryArea,
      address: order.deliveryAddress,
      notes: order.deliveryNotes,
    },
    history: history.map((entry) => ({
      status: entry.status,
      at: entry.createdAt.toISOString(),
      note: entry.note,
    })),
    createdAt: order.createdAt.toISOString(),
  };
}

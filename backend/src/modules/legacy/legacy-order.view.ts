import type { OrderRecord, OrderLinePicture } from '../orders';
import { paisaToTaka } from './legacy-order.schemas';

/** The old API's snake_case order, prices in Taka. */
export function toLegacyOrder(order: OrderRecord, accessToken?: string) {
  return {
    id: order.id,
    order_number: order.number,
    customer_name: order.customerName,
    customer_email: order.customerEmail,
    customer_phone: order.customerPhone,
    delivery_address: order.deliveryAddress,
    total_amount: paisaToTaka(order.totalPaisa),
    status: order.status,
    payment_method: order.paymentMethod,
    created_at: order.createdAt.toISOString(),
    ...(accessToken !== undefined && { access_token: accessToken }),
  };
}

export function toLegacyItem(row: OrderLinePicture) {
  return {
    id: row.id,
    order_id: row.orderId,
    product_id: row.productId,
    quantity: row.quantity,
    price: paisaToTaka(row.unitPricePaisa),
    name: row.name,
    image_url: row.imageUrl,
  };
}

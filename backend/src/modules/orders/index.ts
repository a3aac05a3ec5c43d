// Orders: checkout, reading and cancelling, order administration, and what the unversioned
// API reuses of them (the same checkout and access rule, with the old shapes around them).
export { orderRoutes } from './order.routes';
export { adminOrderRoutes } from './admin-orders.routes';
export { customerOrders } from './order.service';
export { CheckoutService } from './checkout.service';
export { checkoutRateLimit, countCheckoutFailures, noteCheckoutFailure } from './checkout-guards';
export { canAccessOrder } from './order-access';
export { idempotencyRecord } from './idempotency';
export { scheduleIdempotencyPurge } from './idempotency-retention';
export { LEGACY_DELIVERY_AREA } from './delivery-areas';
export { SandboxPaymentProvider, type PaymentProvider } from './payments';
export { IdempotencyKeyHeader, OrderSchema, OrderTokenHeaders } from './order.schemas';
export type { OrderDetails, OrderRecord } from './order-details';
export { CheckoutRepository } from './checkout.repository';
export { IdempotencyKeyRepository } from './idempotency-key.repository';
export { OrderRepository, type OrderLinePicture } from './order.repository';
export { OrderStatusRepository } from './order-status.repository';

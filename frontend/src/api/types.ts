// Shapes of the API's JSON, taken from the types generated from its OpenAPI document
// (schema.gen.ts, `npm run api-types`), so they cannot drift from what the API serves.
// Money is integer paisa everywhere.
import type { components, paths } from './schema.gen';

type Schemas = components['schemas'];
type Json<T> = T extends { content: { 'application/json': infer Body } } ? Body : never;

export type Image = Schemas['Image'];
export type Category = Schemas['Category'];
export type ProductSummary = Schemas['ProductSummary'];
export type StockStatus = ProductSummary['stockStatus'];
export type Product = Schemas['Product'];
export type PageMeta = Schemas['PageMeta'];
export interface Paged<T> {
  data: T[];
  meta: PageMeta;
}
export type DeliveryArea = Json<paths['/api/v1/delivery-areas']['get']['responses'][200]>['data'][number];
export type Cart = Schemas['Cart'];
export type CartLine = Schemas['CartLine'];
export type Order = Schemas['Order'];
export type OrderStatus = Order['status'];
export type OrderLine = Order['lines'][number];
export type PaymentMethod = Order['paymentMethod'];
export type Customer = Schemas['Customer'];
export type Session = Schemas['Session'];
export type AdminProduct = Schemas['AdminProduct'];
export type CheckoutInput = Json<NonNullable<paths['/api/v1/orders']['post']['requestBody']>>;

/** One line of an `out-of-stock` problem (an extension member the document does not describe). */
export interface ShortItem {
  productId: number;
  name: string;
  requested: number;
  available: number;
}

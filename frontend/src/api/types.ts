// Shapes of the API's JSON (docs/api.md). Money is integer paisa everywhere.
export type StockStatus = 'in_stock' | 'low_stock' | 'out_of_stock';
export interface Image {
  url: string;
  alt: string;
  width: number;
  height: number;
}
export interface Category {
  id: number;
  slug: string;
  name: string;
  nameBn: string;
  productCount: number;
}
export interface ProductSummary {
  id: number;
  slug: string;
  name: string;
  nameBn: string | null;
  category: { slug: string; name: string };
  pricePaisa: number;
  stock: number;
  stockStatus: StockStatus;
  image: Image | null;
  createdAt: string;
}
export interface Product extends ProductSummary {
  description: string;
  images: Image[];
}
export interface PageMeta {
  page: number;
  pageSize: number;
  total: number;
  totalPages: number;
}
export interface Paged<T> {
  data: T[];
  meta: PageMeta;
}
export interface DeliveryArea {
  code: string;
  name: string;
  nameBn: string;
  feePaisa: number;
}
export interface CartLine {
  productId: number;
  slug: string;
  name: string;
  image: Image | null;
  unitPricePaisa: number;
  quantity: number;
  lineTotalPaisa: number;
  stock: number;
  available: boolean;
}
export interface Cart {
  id: string;
  lines: CartLine[];
  itemCount: number;
  subtotalPaisa: number;
  updatedAt: string;
}
export type OrderStatus = 'pending' | 'confirmed' | 'packed' | 'shipped' | 'delivered' | 'cancelled';
export type PaymentMethod = 'cash_on_delivery' | 'bkash' | 'nagad';
export interface OrderLine {
  productId: number;
  slug: string;
  name: string;
  unitPricePaisa: number;
  quantity: number;
  lineTotalPaisa: number;
}
export interface Order {
  number: string;
  status: OrderStatus;
  lines: OrderLine[];
  subtotalPaisa: number;
  deliveryFeePaisa: number;
  totalPaisa: number;
  paymentMethod: PaymentMethod;
  paymentStatus: 'pending' | 'authorized' | 'paid' | 'refunded' | 'failed';
  customer: { name: string; phone: string; email: string | null };
  delivery: { area: string; areaName: string; address: string; notes: string | null };
  history: { status: OrderStatus; at: string; note: string | null }[];
  createdAt: string;
}
export interface Customer {
  id: number;
  name: string;
  email: string;
  phone: string | null;
  role: 'customer' | 'admin';
  createdAt: string;
}
export interface Session {
  customer: Customer;
  accessToken: string;
  refreshToken: string;
  expiresIn: number;
  cartId: string | null;
}
export interface ShortItem {
  productId: number;
  name: string;
  requested: number;
  available: number;
}
export interface AdminProduct extends ProductSummary {
  description?: string;
  archived?: boolean;
  status?: 'active' | 'archived';
}
export interface CheckoutInput {
  cartId: string;
  customer: { name: string; phone: string; email?: string };
  delivery: { area: string; address: string; notes?: string };
  paymentMethod: PaymentMethod;
}

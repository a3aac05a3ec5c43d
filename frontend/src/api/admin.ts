import { api, query } from './client';
import type { AdminProduct, Order, OrderStatus, Paged } from './types';

export interface ProductInput {
  name: string;
  nameBn?: string;
  slug?: string;
  description: string;
  categorySlug: string;
  pricePaisa: number;
  stock?: number;
  imageUrl?: string;
}

export interface AdminOrderQuery {
  status?: OrderStatus | '';
  area?: string;
  q?: string;
  page?: number;
}

export const adminApi = {
  products: (params: { q?: string; status?: 'active' | 'archived'; page?: number }) =>
    api<Paged<AdminProduct>>(`/admin/products${query(params)}`),
  createProduct: (input: ProductInput) =>
    api<{ data: AdminProduct }>('/admin/products', { method: 'POST', body: input }).then((r) => r.data),
  updateProduct: (id: number, input: Partial<ProductInput>) =>
    api<{ data: AdminProduct }>(`/admin/products/${id}`, { method: 'PATCH', body: input }).then(
      (r) => r.data,
    ),
  archive: (id: number, archived: boolean) =>
    api<{ data: AdminProduct }>(`/admin/products/${id}/${archived ? 'archive' : 'unarchive'}`, {
      method: 'POST',
    }).then((r) => r.data),
  adjustStock: (id: number, delta: number, reason: string) =>
    api<{ data: { product: AdminProduct } }>(`/admin/products/${id}/stock-adjustments`, {
      method: 'POST',
      body: { delta, reason },
    }).then((r) => r.data.product),
  orders: (params: AdminOrderQuery) => api<Paged<Order>>(`/admin/orders${query({ ...params })}`),
  setOrderStatus: (number: string, status: OrderStatus, note?: string) =>
    api<{ data: Order }>(`/admin/orders/${encodeURIComponent(number)}/status`, {
      method: 'POST',
      body: { status, note },
    }).then((r) => r.data),
};

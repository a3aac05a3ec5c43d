import { api, query } from './client';
import type { Category, DeliveryArea, Paged, Product, ProductSummary } from './types';

export type ProductSort = 'relevance' | 'price_asc' | 'price_desc' | 'newest' | 'popular';

export interface ProductQuery {
  q?: string;
  category?: string;
  minPrice?: number;
  maxPrice?: number;
  inStock?: boolean;
  sort?: ProductSort;
  page?: number;
  pageSize?: number;
}

export const catalogApi = {
  categories: () => api<{ data: Category[] }>('/categories').then((r) => r.data),
  products: (q: ProductQuery) =>
    api<Paged<ProductSummary>>(`/products${query({ ...q, inStock: q.inStock ? true : undefined })}`),
  product: (slug: string) =>
    api<{ data: Product }>(`/products/${encodeURIComponent(slug)}`).then((r) => r.data),
  deliveryAreas: () => api<{ data: DeliveryArea[] }>('/delivery-areas').then((r) => r.data),
};

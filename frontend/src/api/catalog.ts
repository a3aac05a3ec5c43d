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

// A product page opened directly (search result, shared link) asks for its product before
// the app has mounted; the page then takes that answer instead of asking again.
const early = new Map<string, Promise<Product>>();

function fetchProduct(slug: string): Promise<Product> {
  return api<{ data: Product }>(`/products/${encodeURIComponent(slug)}`).then((r) => r.data);
}

export function prefetchProduct(slug: string): void {
  if (early.has(slug)) return;
  const answer = fetchProduct(slug);
  answer.catch(() => undefined); // the page reports a failure when it takes the answer
  early.set(slug, answer);
}

export const catalogApi = {
  categories: () => api<{ data: Category[] }>('/categories').then((r) => r.data),
  products: (q: ProductQuery) =>
    api<Paged<ProductSummary>>(`/products${query({ ...q, inStock: q.inStock ? true : undefined })}`),
  product: (slug: string): Promise<Product> => {
    const prefetched = early.get(slug);
    early.delete(slug);
    return prefetched ?? fetchProduct(slug);
  },
  deliveryAreas: () => api<{ data: DeliveryArea[] }>('/delivery-areas').then((r) => r.data),
};

import type { LocationQuery, LocationQueryRaw } from 'vue-router';
import type { ProductQuery, ProductSort } from '../api/catalog';

// The catalog's state lives in the URL so a page of results can be shared or reloaded.
// Prices in the URL are whole Taka (what a person reads); the API takes paisa.
export interface CatalogFilters {
  q: string;
  category: string | null;
  minTaka: number | null;
  maxTaka: number | null;
  inStock: boolean;
  sort: ProductSort;
  page: number;
}

const SORTS: readonly ProductSort[] = ['relevance', 'popular', 'newest', 'price_asc', 'price_desc'];
export const PAGE_SIZE = 12;

function one(value: LocationQuery[string] | undefined): string {
  const first = Array.isArray(value) ? value[0] : value;
  return typeof first === 'string' ? first : '';
}

function wholeNumber(value: string, min: number): number | null {
  if (!/^\d{1,9}$/.test(value)) return null;
  const parsed = Number(value);
  return parsed >= min ? parsed : null;
}

export function filtersFromRoute(query: LocationQuery, categoryParam?: string): CatalogFilters {
  const q = one(query.q).trim();
  const sort = one(query.sort) as ProductSort;
  return {
    q,
    category: categoryParam || one(query.category) || null,
    minTaka: wholeNumber(one(query.minPrice), 0),
    maxTaka: wholeNumber(one(query.maxPrice), 0),
    inStock: one(query.inStock) === '1' || one(query.inStock) === 'true',
    sort: SORTS.includes(sort) ? sort : q ? 'relevance' : 'popular',
    page: wholeNumber(one(query.page), 1) ?? 1,
  };
}

/** The query string for these filters, without defaults (page 1, default sort). */
export function routeQueryOf(filters: CatalogFilters): LocationQueryRaw {
  const defaultSort = filters.q ? 'relevance' : 'popular';
  const query: LocationQueryRaw = {};
  if (filters.q) query.q = filters.q;
  if (filters.minTaka !== null) query.minPrice = String(filters.minTaka);
  if (filters.maxTaka !== null) query.maxPrice = String(filters.maxTaka);
  if (filters.inStock) query.inStock = '1';
  if (filters.sort !== defaultSort) query.sort = filters.sort;
  if (filters.page > 1) query.page = String(filters.page);
  return query;
}

export function apiQueryOf(filters: CatalogFilters): ProductQuery {
  return {
    q: filters.q || undefined,
    category: filters.category ?? undefined,
    minPrice: filters.minTaka === null ? undefined : filters.minTaka * 100,
    maxPrice: filters.maxTaka === null ? undefined : filters.maxTaka * 100,
    inStock: filters.inStock || undefined,
    sort: filters.sort,
    page: filters.page,
    pageSize: PAGE_SIZE,
  };
}

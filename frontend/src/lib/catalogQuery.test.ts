import { describe, expect, it } from 'vitest';
import { apiQueryOf, filtersFromRoute, routeQueryOf } from './catalogQuery';

describe('catalog query in the URL', () => {
  it('when the URL has filters, then they become API parameters with prices in paisa', () => {
    const filters = filtersFromRoute({
      q: 'rice',
      minPrice: '100',
      maxPrice: '500',
      inStock: '1',
      sort: 'price_asc',
      page: '2',
    });
    expect(apiQueryOf(filters)).toEqual({
      q: 'rice',
      category: undefined,
      minPrice: 10000,
      maxPrice: 50000,
      inStock: true,
      sort: 'price_asc',
      page: 2,
      pageSize: 12,
    });
  });

  it('when filters are turned back into a URL, then the same filters come out (shareable)', () => {
    const filters = filtersFromRoute({ q: 'oil', inStock: '1', page: '3' }, 'grocery');
    expect(filtersFromRoute(routeQueryOf(filters) as Record<string, string>, 'grocery')).toEqual(filters);
  });

  it('when values are junk, then defaults are used instead of sending junk to the API', () => {
    const filters = filtersFromRoute({ minPrice: '-5', page: 'zero', sort: 'cheapest' });
    expect(filters).toMatchObject({ minTaka: null, page: 1, sort: 'popular' });
  });

  it('when searching without a sort, then results are sorted by relevance', () => {
    expect(filtersFromRoute({ q: 'tel' }).sort).toBe('relevance');
    expect(routeQueryOf(filtersFromRoute({ q: 'tel' }))).toEqual({ q: 'tel' });
  });
});

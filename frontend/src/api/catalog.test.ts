import { afterEach, describe, expect, it, vi } from 'vitest';
import { stubFetch } from '../test/mountApp';
import { catalogApi, prefetchProduct } from './catalog';

// Units with a stubbed API.
afterEach(() => vi.unstubAllGlobals());

describe('product prefetch', () => {
  it('when a product was prefetched, then the page uses that answer and asks the API only once', async () => {
    const api = stubFetch({ 'GET /api/v1/products/tea': { data: { slug: 'tea' } } });
    vi.stubGlobal('fetch', api.fetch);
    prefetchProduct('tea');
    expect((await catalogApi.product('tea')).slug).toBe('tea');
    expect(api.calls).toHaveLength(1);
    await catalogApi.product('tea');
    expect(api.calls).toHaveLength(2);
  });
});

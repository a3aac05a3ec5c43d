import { createTestContext, type TestContext } from '../../../test/harness/context';
import { initials, renderProductImage, wrapName } from './product-image.svg';

describe('generated product images', () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestContext({ withoutRedis: true });
  });
  afterAll(() => ctx.close());

  test('when a product image is requested, then an SVG with the product name comes, cacheable for a year', async () => {
    const res = await ctx.http.get('/api/v1/media/products/samsung-galaxy-a54.svg').buffer(true).expect(200);
    expect(res.headers['content-type']).toMatch(/^image\/svg\+xml/);
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(res.headers['cross-origin-resource-policy']).toBe('cross-origin');
    const svg = res.body.toString();
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="600" height="600"/);
    expect(svg).toContain('>SG</text>');
    expect(svg).toContain('Samsung Galaxy A54');
  });

  test('when every listed image url is fetched, then each one exists', async () => {
    const list = await ctx.http.get('/api/v1/products?pageSize=100').expect(200);
    const urls: string[] = list.body.data.map((p: { image: { url: string } }) => p.image.url);
    const statuses = await Promise.all(
      urls.slice(0, 30).map(async (url) => (await ctx.http.get(url)).status),
    );
    expect(new Set(statuses)).toEqual(new Set([200]));
  });

  test('when the slug is unknown, then 404 problem+json', async () => {
    const res = await ctx.http.get('/api/v1/media/products/no-such-product.svg').expect(404);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
  });

  test('when the same product is drawn twice, then the pictures are identical (deterministic)', () => {
    expect(renderProductImage('Miniket Rice 5 kg', 'groceries')).toBe(
      renderProductImage('Miniket Rice 5 kg', 'groceries'),
    );
    expect(renderProductImage('Miniket Rice 5 kg', 'groceries')).not.toBe(
      renderProductImage('Miniket Rice 5 kg', 'books'),
    );
  });

  test('when a name holds markup, then it is escaped in the SVG', () => {
    const svg = renderProductImage('<script>alert("x")</script> & Co', 'unknown-category');
    expect(svg).not.toContain('<script>');
    expect(svg).toContain('&#60;script&#62;');
  });

  test('when names are long or Bangla, then they wrap to two lines and initials still come out', () => {
    expect(wrapName('Muhammed Zafar Iqbal Science Fiction Collection for Young Readers')).toHaveLength(2);
    expect(wrapName('Muhammed Zafar Iqbal Science Fiction Collection for Young Readers')[1]).toMatch(/…$/);
    expect(initials('Vision 43" Smart LED TV')).toBe('V4');
    expect(initials('হিমু সমগ্র')).toBe('হস');
  });
});

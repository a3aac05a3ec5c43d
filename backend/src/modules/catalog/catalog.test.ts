import { createTestContext, type TestContext } from '../../../test/harness/context';

describe('catalog', () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestContext();
  });
  afterAll(() => ctx.close());

  test('smoke', async () => {
    const res = await ctx.http.get('/api/v1/products?q=samsng').expect(200);
    console.log(JSON.stringify(res.body, null, 1).slice(0, 1500));
    const cats = await ctx.http.get('/api/v1/categories').expect(200);
    console.log(JSON.stringify(cats.body).slice(0, 500));
    const p = await ctx.http.get('/api/v1/products/samsung-galaxy-a54').expect(200);
    console.log(JSON.stringify(p.body));
    const img = await ctx.http.get('/api/v1/media/products/samsung-galaxy-a54.svg').expect(200);
    console.log(img.headers, img.text?.slice(0, 200), img.body);
    const bad = await ctx.http.get('/api/v1/products?page=0&sort=x&minPrice=5&maxPrice=2&inStock=yes');
    console.log(JSON.stringify(bad.body));
  });
});

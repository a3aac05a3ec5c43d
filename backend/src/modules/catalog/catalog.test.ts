import { createTestContext, type TestContext } from '../../../test/harness/context';
import type { ProductSummary } from './catalog.schemas';

describe('catalog: categories, listing, filters, sorting and product pages', () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestContext();
  });
  afterAll(() => ctx.close());

  const list = async (query: string) => {
    const res = await ctx.http.get(`/api/v1/products${query}`).expect(200);
    return res.body as {
      data: ProductSummary[];
      meta: { page: number; pageSize: number; total: number; totalPages: number };
    };
  };

  test('when categories are listed, then each has slug, English and Bangla names and its product count', async () => {
    const res = await ctx.http.get('/api/v1/categories').expect(200);
    expect(res.body.data.length).toBeGreaterThanOrEqual(8);
    expect(res.body.data[0]).toEqual({
      id: 1,
      slug: 'electronics',
      name: 'Electronics',
      nameBn: 'ইলেকট্রনিক্স',
      productCount: expect.any(Number),
    });
    const total = res.body.data.reduce((sum: number, c: { productCount: number }) => sum + c.productCount, 0);
    expect(total).toBe((await list('')).meta.total);
  });

  test('when products are listed without parameters, then the first page of 24 comes with paging meta', async () => {
    const { data, meta } = await list('');
    expect(data).toHaveLength(24);
    expect(meta).toEqual({
      page: 1,
      pageSize: 24,
      total: meta.total,
      totalPages: Math.ceil(meta.total / 24),
    });
    expect(meta.total).toBeGreaterThanOrEqual(120);
    expect(data[0]).toEqual({
      id: expect.any(Number),
      slug: expect.any(String),
      name: expect.any(String),
      nameBn: expect.any(String),
      category: { slug: expect.any(String), name: expect.any(String) },
      pricePaisa: expect.any(Number),
      stock: expect.any(Number),
      stockStatus: expect.stringMatching(/^(in_stock|low_stock|out_of_stock)$/),
      image: { url: expect.stringMatching(/\.svg$/), alt: expect.any(String), width: 600, height: 600 },
      createdAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
    });
  });

  test('when pages are walked, then they do not overlap and together hold every product once', async () => {
    const first = await list('?pageSize=50&page=1&sort=newest');
    const pages = [
      first,
      ...(await Promise.all([2, 3].map((page) => list(`?pageSize=50&page=${page}&sort=newest`)))),
    ];
    const ids = pages.flatMap((page) => page.data.map((p) => p.id));
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.length).toBe(Math.min(first.meta.total, 150));
  });

  test('when a page past the end is asked for, then it is empty but still tells the total', async () => {
    const { data, meta } = await list('?page=500');
    expect(data).toEqual([]);
    expect(meta.total).toBeGreaterThanOrEqual(120);
  });

  test('when filtered by category, price range and stock, then every product matches all filters', async () => {
    const { data, meta } = await list(
      '?category=groceries&minPrice=10000&maxPrice=50000&inStock=true&pageSize=100',
    );
    expect(data.length).toBeGreaterThan(2);
    expect(meta.total).toBe(data.length);
    for (const product of data) {
      expect(product.category.slug).toBe('groceries');
      expect(product.pricePaisa).toBeGreaterThanOrEqual(10_000);
      expect(product.pricePaisa).toBeLessThanOrEqual(50_000);
      expect(product.stock).toBeGreaterThan(0);
    }
  });

  test('when filtered by inStock=false, then only sold-out products come back, marked out_of_stock', async () => {
    const { data } = await list('?inStock=false&pageSize=100');
    expect(data.length).toBeGreaterThan(0);
    expect(data.every((p) => p.stock === 0 && p.stockStatus === 'out_of_stock')).toBe(true);
  });

  test('when stock is 1 to 5, then the status says low_stock', async () => {
    const { data } = await list('?pageSize=100');
    const { data: rest } = await list('?pageSize=100&page=2');
    const low = [...data, ...rest].filter((p) => p.stock >= 1 && p.stock <= 5);
    expect(low.length).toBeGreaterThan(0);
    expect(low.every((p) => p.stockStatus === 'low_stock')).toBe(true);
  });

  test.each([
    ['price_asc', (a: ProductSummary, b: ProductSummary) => a.pricePaisa <= b.pricePaisa],
    ['price_desc', (a: ProductSummary, b: ProductSummary) => a.pricePaisa >= b.pricePaisa],
    ['newest', (a: ProductSummary, b: ProductSummary) => a.createdAt >= b.createdAt],
  ])('when sorted by %s, then the order holds across the page', async (sort, inOrder) => {
    const { data } = await list(`?sort=${sort}&pageSize=100`);
    for (let i = 1; i < data.length; i += 1) expect(inOrder(data[i - 1]!, data[i]!)).toBe(true);
  });

  test('when sorted by popularity, then the best sellers come first', async () => {
    const { data } = await list('?sort=popular&pageSize=3');
    // Seeded units sold: Mum water 7200, Pran Frooto 6800, Coca-Cola 5900.
    expect(data.map((p) => p.slug)).toEqual([
      'mum-drinking-water-1-5-l',
      'pran-frooto-mango-juice-1-l',
      'coca-cola-1-25-l',
    ]);
  });

  test.each([
    ['samsng', 'samsung-galaxy-a54'],
    ['punj', 'aarong-cotton-punjabi'],
    ['hilsa', 'padma-hilsha-1-kg'],
    ['Galaxy', 'samsung-galaxy-a54'],
    ['jamdni saree', 'dhakai-jamdani-saree'],
    ['ইলিশ', 'padma-hilsha-1-kg'],
    ['পাঞ্জা', 'aarong-cotton-punjabi'],
    ['noise-cancelling', 'sony-wh-1000xm5-headphones'],
  ])('when searching "%s" (partial word or typo), then %s is found', async (q, slug) => {
    const { data } = await list(`?q=${encodeURIComponent(q)}`);
    expect(data.map((p) => p.slug)).toContain(slug);
  });

  test('when searching with a typo, then the closest names rank first and unrelated products stay out', async () => {
    const { data } = await list('?q=samsng');
    expect(data[0]!.name).toMatch(/^Samsung/);
    expect(data.every((p) => p.name.startsWith('Samsung'))).toBe(true);
  });

  test('when a search also names a category and sort, then both apply', async () => {
    const { data } = await list('?q=punjabi&category=fashion&sort=price_asc');
    expect(data.length).toBeGreaterThanOrEqual(2);
    expect(data.every((p) => p.category.slug === 'fashion')).toBe(true);
    expect(data[0]!.pricePaisa).toBeLessThanOrEqual(data[1]!.pricePaisa);
  });

  test('when q is empty or blank, then it is no search: the whole catalog is listed', async () => {
    const all = await list('');
    expect((await list('?q=')).meta.total).toBe(all.meta.total);
    expect((await list('?q=%20%20')).meta.total).toBe(all.meta.total);
    expect((await list('?q=%21%3F%2A')).meta.total).toBe(0);
  });

  test('when nothing matches, then the list is empty with total 0', async () => {
    const { data, meta } = await list('?q=zzzqqqxxx');
    expect(data).toEqual([]);
    expect(meta).toMatchObject({ total: 0, totalPages: 0 });
  });

  test.each([
    "' OR 1=1 --",
    "samsung'; DROP TABLE products; --",
    'a:* & !b | (c',
    '%_\\',
    '"); SELECT pg_sleep(5); --',
  ])(
    'when q looks like SQL or query syntax (%s), then it is searched as text and nothing breaks',
    async (q) => {
      const res = await ctx.http.get('/api/v1/products').query({ q }).expect(200);
      expect(Array.isArray(res.body.data)).toBe(true);
      expect((await list('')).meta.total).toBeGreaterThanOrEqual(120);
    },
  );

  test('when the query is invalid, then a 400 problem lists every bad field', async () => {
    const res = await ctx.http
      .get(
        '/api/v1/products?page=0&pageSize=500&sort=cheapest&inStock=yes&minPrice=-1&category=Not%20A%20Slug',
      )
      .expect(400);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.body.type).toBe('https://dhakacart.com.bd/problems/validation-error');
    const fields = res.body.errors.map((e: { field: string }) => e.field).sort();
    expect(fields).toEqual([
      'query.category',
      'query.inStock',
      'query.minPrice',
      'query.page',
      'query.pageSize',
      'query.sort',
    ]);
  });

  test('when minPrice is above maxPrice, then 400 names maxPrice', async () => {
    const res = await ctx.http.get('/api/v1/products?minPrice=5000&maxPrice=100').expect(400);
    expect(res.body.errors).toEqual([{ field: 'query.maxPrice', message: 'must not be below minPrice' }]);
  });

  test('when a product is opened by slug, then it comes with description, images and stock status', async () => {
    const res = await ctx.http.get('/api/v1/products/samsung-galaxy-a54').expect(200);
    expect(res.body.data).toMatchObject({
      id: 1,
      name: 'Samsung Galaxy A54',
      pricePaisa: 3_599_000,
      category: { slug: 'mobile-phones', name: 'Mobile Phones' },
      stockStatus: 'in_stock',
      description: expect.stringContaining('AMOLED'),
      images: [
        {
          url: '/api/v1/media/products/samsung-galaxy-a54.svg',
          alt: 'Samsung Galaxy A54',
          width: 600,
          height: 600,
        },
      ],
    });
  });

  test('when the slug is unknown or malformed, then 404 or 400 problem+json', async () => {
    const missing = await ctx.http.get('/api/v1/products/no-such-thing').expect(404);
    expect(missing.body.type).toBe('https://dhakacart.com.bd/problems/not-found');
    const bad = await ctx.http.get('/api/v1/products/Not_A_Slug').expect(400);
    expect(bad.body.errors[0].field).toBe('params.slug');
  });

  test('when a product is archived, then its page is 404 and it leaves lists, search and counts', async () => {
    const before = await list('?category=books&pageSize=100');
    await ctx.deps.sequelize.query(`UPDATE products SET status = 'archived' WHERE slug = 'himu-samagra'`);
    await ctx.deps.catalogCache.invalidate();
    await ctx.http.get('/api/v1/products/himu-samagra').expect(404);
    const after = await list('?category=books&pageSize=100');
    expect(after.meta.total).toBe(before.meta.total - 1);
    expect((await list('?q=himu')).data.map((p) => p.slug)).not.toContain('himu-samagra');
    const categories = await ctx.http.get('/api/v1/categories').expect(200);
    const books = categories.body.data.find((c: { slug: string }) => c.slug === 'books');
    expect(books.productCount).toBe(before.meta.total - 1);
  });

  test('when the catalog is listed, then the OpenAPI document describes its routes', async () => {
    const res = await ctx.http.get('/api/v1/openapi.json').expect(200);
    expect(Object.keys(res.body.paths)).toEqual(
      expect.arrayContaining(['/api/v1/categories', '/api/v1/products', '/api/v1/products/{slug}']),
    );
  });
});

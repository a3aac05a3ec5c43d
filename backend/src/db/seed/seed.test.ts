import { QueryTypes } from 'sequelize';
import { createTestContext, type TestContext } from '../../../test/harness/context';
import { seedCatalog } from '.';
import { seedCategories } from './catalog';
import { buildSeedPlan } from './plan';
import type { SeedCategory } from './types';

const LEGACY = [
  'Samsung Galaxy A54',
  'HP Laptop 15s',
  'Sony WH-1000XM5',
  'Punjabi',
  'Jamdani Saree',
  'Nike Air Max',
  'Miniket Rice 5 kg',
  'Hilsha 1 kg',
  'Pran Frooto',
  'Nescafe',
  'Walton Refrigerator',
  'Vision 43"',
  'Cricket Bat',
  'Adidas Football',
  'Humayun Ahmed Collection',
];

describe('catalog seed', () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestContext({ withoutRedis: true });
  });
  afterAll(() => ctx.close());

  const select = <T extends object>(sql: string) =>
    ctx.deps.sequelize.query<T>(sql, { type: QueryTypes.SELECT });

  test('when the template is seeded, then it has at least 8 categories with Bangla names and 120 products', async () => {
    const categories = await select<{ name: string; name_bn: string | null }>(
      'SELECT name, name_bn FROM categories',
    );
    const [products] = await select<{ count: number }>('SELECT count(*)::int AS count FROM products');
    expect(categories.length).toBeGreaterThanOrEqual(8);
    expect(categories.every((c) => /[\u0980-\u09FF]/.test(c.name_bn ?? ''))).toBe(true);
    expect(products!.count).toBeGreaterThanOrEqual(120);
  });

  test("when today's clients ask for ids 1..15, then they get today's fifteen products in order", async () => {
    const rows = await select<{ id: number; name: string; price_paisa: number; category: string }>(
      `SELECT p.id, p.name, p.price_paisa, c.name AS category
       FROM products p JOIN categories c ON c.id = p.category_id WHERE p.id <= 15 ORDER BY p.id`,
    );
    expect(rows.map((row) => row.id)).toEqual([...Array(15).keys()].map((i) => i + 1));
    rows.forEach((row, index) => expect(row.name.toLowerCase()).toContain(LEGACY[index]!.toLowerCase()));
    expect(rows[0]).toMatchObject({ name: 'Samsung Galaxy A54', price_paisa: 3_599_000 });
    expect(new Set(rows.map((row) => row.category)).size).toBe(8);
  });

  test('when the shop opens, then a few products are sold out and a few are low, and each has an image', async () => {
    const [stock] = await select<{ out: number; low: number; without_image: number }>(
      `SELECT count(*) FILTER (WHERE stock = 0)::int AS out,
              count(*) FILTER (WHERE stock BETWEEN 1 AND 5)::int AS low,
              count(*) FILTER (WHERE NOT EXISTS (SELECT 1 FROM product_images i WHERE i.product_id = products.id))::int
                AS without_image
       FROM products`,
    );
    expect(stock!.out).toBeGreaterThanOrEqual(3);
    expect(stock!.low).toBeGreaterThanOrEqual(3);
    expect(stock!.without_image).toBe(0);
  });

  test('when the shop opens, then every product has an initial movement and its movements add up to its stock', async () => {
    const [mismatch] = await select<{ without_initial: number; unbalanced: number }>(
      `SELECT count(*) FILTER (WHERE NOT EXISTS (SELECT 1 FROM stock_movements m
                 WHERE m.product_id = p.id AND m.kind = 'initial'))::int AS without_initial,
              count(*) FILTER (WHERE p.stock <> (SELECT coalesce(sum(m.delta), 0) FROM stock_movements m
                 WHERE m.product_id = p.id))::int AS unbalanced
       FROM products p`,
    );
    expect(mismatch).toEqual({ without_initial: 0, unbalanced: 0 });
  });

  test('when a new product is created after seeding, then its id follows the seeded ones', async () => {
    const [next] = await select<{ id: number; max: number }>(
      `SELECT nextval(pg_get_serial_sequence('products', 'id'))::int AS id, (SELECT max(id) FROM products) AS max`,
    );
    expect(next!.id).toBeGreaterThan(next!.max);
  });

  test('when the catalog already has products, then seeding again writes nothing and says so', async () => {
    const [before] = await select<{ count: number }>('SELECT count(*)::int AS count FROM products');
    await expect(seedCatalog(ctx.deps.sequelize)).resolves.toBe(false);
    const [after] = await select<{ count: number }>('SELECT count(*)::int AS count FROM products');
    expect(after!.count).toBe(before!.count);
  });

  test('when two seed products would share a slug, then building the plan fails naming it', () => {
    const twice: SeedCategory = {
      ...seedCategories[0]!,
      products: [seedCategories[0]!.products[0]!, seedCategories[0]!.products[0]!],
    };
    expect(() => buildSeedPlan(new Date(), [twice, ...seedCategories.slice(1)])).toThrow(/used twice/);
  });

  test('when the plan is built, then prices are whole paisa and listing dates are spread and distinct', () => {
    const plan = buildSeedPlan(new Date('2026-01-01T00:00:00Z'));
    expect(plan.products.every((p) => Number.isInteger(p.price_paisa) && p.price_paisa > 0)).toBe(true);
    const dates = new Set(plan.products.map((p) => p.created_at));
    expect(dates.size).toBe(plan.products.length);
    const days = plan.products.map((p) => Date.parse(p.created_at));
    expect((Math.max(...days) - Math.min(...days)) / 86_400_000).toBeGreaterThan(300);
  });
});

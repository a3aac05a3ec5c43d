import { createTestContext, type TestContext } from '../../../test/harness/context';
import { IdempotencyKey } from './order.models';
import { IDEMPOTENCY_KEY_RETENTION_DAYS, purgeExpiredIdempotencyKeys } from './idempotency-key.repository';

describe('idempotency key retention', () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestContext();
  });
  afterAll(() => ctx.close());

  test('when keys are older than the retention, then the purge deletes them and keeps recent ones', async () => {
    const day = 24 * 60 * 60 * 1000;
    const ageOf = (days: number) => new Date(Date.now() - days * day);
    await IdempotencyKey.bulkCreate([
      {
        scope: 'orders',
        key: 'old-key-000001',
        requestHash: 'h1',
        orderId: null,
        createdAt: ageOf(IDEMPOTENCY_KEY_RETENTION_DAYS + 1),
      },
      {
        scope: 'orders',
        key: 'recent-key-0001',
        requestHash: 'h2',
        orderId: null,
        createdAt: ageOf(IDEMPOTENCY_KEY_RETENTION_DAYS - 1),
      },
    ]);

    const purged = await purgeExpiredIdempotencyKeys(ctx.deps.sequelize);

    expect(purged).toBe(1);
    const left = (await IdempotencyKey.findAll({ where: { scope: 'orders' } })).map((k) => k.key);
    expect(left).toContain('recent-key-0001');
    expect(left).not.toContain('old-key-000001');
  });
});

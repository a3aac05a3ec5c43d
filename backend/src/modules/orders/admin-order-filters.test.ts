import { adminOrderWhere, dhakaDay } from './admin-order-filters.sql';

// The admin order filters read `from`/`to` as calendar days in Dhaka (UTC+6): from 18:00 UTC the
// Dhaka day is already the next one, whatever the host's time zone.
describe('the Dhaka day of the admin order filters', () => {
  it.each([
    ['2026-12-02T17:59:59Z', '2026-12-02'],
    ['2026-12-02T18:00:00Z', '2026-12-03'],
    ['2026-12-02T18:30:00Z', '2026-12-03'],
    ['2026-12-31T23:00:00Z', '2027-01-01'],
  ])('when the instant is %s, then the Dhaka day is %s', (instant, day) => {
    expect(dhakaDay(new Date(instant))).toBe(day);
  });

  it('when a Dhaka day is the upper bound, then orders until its last Dhaka instant match', () => {
    const where = adminOrderWhere({ to: dhakaDay(new Date('2026-12-02T18:30:00Z')), page: 1 }) as {
      createdAt: Record<symbol, Date>;
    };

    expect(
      Object.getOwnPropertySymbols(where.createdAt).map((op) => where.createdAt[op]?.toISOString()),
    ).toEqual(['2026-12-03T18:00:00.000Z']);
  });
});

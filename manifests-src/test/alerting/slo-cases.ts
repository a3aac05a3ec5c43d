import { type AlertCase, API_POD, counter, repeat, series } from './cases';

/**
 * The SLO alerts' cases, from the arithmetic of the SRE workbook's windows (src/alerts/slo.ts)
 * at 10 requests per second. Counters start at 1000 so rate()'s extrapolation is the same for
 * good and bad events and the ratios are exact.
 */
const PER_MINUTE = 600;

interface Sli {
  readonly name: 'ApiAvailability' | 'ApiLatency';
  readonly budget: number;
  /** Series for a run of per-step bad-event fractions, `perStep` requests each step. */
  readonly series: (bad: readonly number[], perStep: number) => ReturnType<typeof series>[];
  /** The values in the fast and slow alerts' descriptions, as Prometheus' rate() extrapolation renders them. */
  readonly fastValue: string;
  readonly fastFiresAt: string;
  readonly slowValue: string;
}

const products = { ...API_POD, method: 'GET', route: '/api/v1/products' };

export const availability: Sli = {
  name: 'ApiAvailability',
  budget: 0.001,
  series: (bad, n) => [
    series(
      'http_requests_total',
      { ...products, status_code: '200' },
      counter(
        1000,
        bad.map((f) => n * (1 - f)),
      ),
    ),
    series(
      'http_requests_total',
      { ...products, status_code: '500' },
      counter(
        1000,
        bad.map((f) => n * f),
      ),
    ),
  ],
  // 1h window at 63m: 3 of 60 minutes all errors.
  fastValue: '5%',
  fastFiresAt: '63m',
  slowValue: '0.1051%',
};

export const latency: Sli = {
  name: 'ApiLatency',
  budget: 0.01,
  series: (bad, n) => [
    series(
      'http_request_duration_seconds_bucket',
      { ...products, status_code: '200', le: '0.5' },
      counter(
        1000,
        bad.map((f) => n * (1 - f)),
      ),
    ),
    series(
      'http_request_duration_seconds_count',
      { ...products, status_code: '200' },
      counter(
        1000,
        bad.map(() => n),
      ),
    ),
  ],
  // The 1h branch needs 8.64 slow minutes; the 6h branch (6x) is met first, at 64m (4 of 64).
  fastValue: '9.091%',
  fastFiresAt: '66m',
  slowValue: '1.049%',
};

/** Kubernetes' readiness probes failing with 503 are not the shop's traffic. */
const failingProbes = series(
  'http_requests_total',
  { ...API_POD, method: 'GET', route: '/readyz', status_code: '503' },
  '0+600x400',
);

function sloCases(sli: Sli): AlertCase[] {
  const b = sli.budget;
  const day = 288; // 5-minute steps
  const percent = `${Number(((1 - b) * 100).toPrecision(6))}%`;
  const extra = sli.name === 'ApiAvailability' ? [failingProbes] : [];
  const fastFires = Number(sli.fastFiresAt.replace('m', ''));
  return [
    {
      alert: `${sli.name}BudgetBurnFast`,
      rules: 'shop',
      interval: '1m',
      firing: {
        // Healthy for an hour, then every request bad from 61m.
        series: sli.series([...repeat(0, 60), ...repeat(1, 20)], PER_MINUTE),
        notBefore: `${fastFires - 1}m`,
        firesAt: sli.fastFiresAt,
        labels: { namespace: 'dhakacart' },
        description: `In dhakacart ${sli.fastValue} of ${sli.name === 'ApiAvailability' ? 'answers were 5xx' : 'answers took longer than 500 ms'} over the last hour or 6 hours, at least 6 times the ${percent} budget: at this rate the month's budget is gone within 5 days.`,
      },
      quiet: [
        // One bad minute at 100 times the budget: 1.7x over the hour, far from 14.4x.
        {
          name: 'one bad minute',
          series: sli.series([...repeat(0, 60), Math.min(1, 100 * b), ...repeat(0, 20)], PER_MINUTE),
          quietAt: ['61m', '63m', '66m', '75m'],
        },
        {
          name: 'half the budget, steadily',
          series: [...sli.series(repeat(b / 2, 80), PER_MINUTE), ...extra],
          quietAt: ['30m', '63m', '79m'],
        },
      ],
    },
    {
      alert: `${sli.name}BudgetBurnSlow`,
      rules: 'shop',
      interval: '5m',
      firing: {
        // Half the budget for a day, then 6 times it: the 3-day window passes the budget after
        // 144 minutes ((0.5 x 1440 + 6 x 145) / (1440 + 145) > 1), confirmed by the 6-hour
        // window; the first 5-minute evaluation past it is 1d2h25m, then 15 minutes.
        series: sli.series([...repeat(b / 2, day), ...repeat(6 * b, 60)], PER_MINUTE * 5),
        notBefore: '1d2h35m',
        firesAt: '1d2h40m',
        labels: { namespace: 'dhakacart' },
        description: `In dhakacart ${sli.slowValue} of ${sli.name === 'ApiAvailability' ? 'answers were 5xx' : 'answers took longer than 500 ms'} over the last 1 or 3 days, at least the ${percent} budget's rate: 10% of the month's budget is gone within 3 days.`,
      },
      quiet: [
        // Half an hour at 10 times the budget after a healthy day: the 6-hour window passes the
        // budget, the 3-day one does not.
        {
          name: 'a bad half hour',
          series: sli.series(
            [...repeat(b / 2, day), ...repeat(10 * b, 6), ...repeat(b / 2, 60)],
            PER_MINUTE * 5,
          ),
          quietAt: ['1d30m', '1d1h', '1d3h', '1d6h'],
        },
        {
          name: 'half the budget, steadily',
          series: [...sli.series(repeat(b / 2, day + 72), PER_MINUTE * 5), ...extra],
          quietAt: ['1d', '1d6h'],
        },
      ],
    },
  ];
}

export const sloAlertCases: AlertCase[] = [...sloCases(availability), ...sloCases(latency)];

import type { AlertSpec, RecordSpec, RuleGroupSpec } from './rules';

/**
 * Multiwindow, multi-burn-rate alerts on an SLO, the shape of the Google SRE workbook,
 * "Alerting on SLOs", section 6 and table 5-8 (https://sre.google/workbook/alerting-on-slos/):
 * page when 2% of a 30-day budget burns in 1 hour (14.4x) or 5% in 6 hours (6x), each
 * confirmed by a window 1/12 as long so the alert stops soon after the burn does; open a ticket
 * when 10% burns in 1 day (3x) or 3 days (1x). Sloth and Pyrra generate the same windows.
 */
export const BURN_WINDOWS = [
  { long: '1h', short: '5m', factor: 14.4, severity: 'critical' },
  { long: '6h', short: '30m', factor: 6, severity: 'critical' },
  { long: '1d', short: '2h', factor: 3, severity: 'warning' },
  { long: '3d', short: '6h', factor: 1, severity: 'warning' },
] as const;

const WINDOWS = [...new Set(BURN_WINDOWS.flatMap((w) => [w.short, w.long]))];

export interface SloSpec {
  /** PascalCase, the alert name prefix, e.g. `ApiAvailability`. */
  readonly name: string;
  /** snake_case, the recorded metric, e.g. `api_availability`. */
  readonly metric: string;
  /** Fraction of good events, e.g. 0.999. */
  readonly objective: number;
  /** What a bad event is, for the descriptions ("answers were 5xx"). */
  readonly badEvents: string;
  /** PromQL of the bad-event ratio over a window, grouped by namespace. */
  readonly errorRatio: (window: string) => string;
  /** A selector every recorded series matches, e.g. `namespace="dhakacart"`. */
  readonly selector: string;
}

/** The recorded bad-event ratio of an SLO over a window (the dashboards read it too). */
export function recordName(metric: string, window: string): string {
  return `namespace:${metric}:error_ratio_rate${window}`;
}

/** One recording rule per window, then a page and a ticket alert over them. */
export function sloGroup(slo: SloSpec): RuleGroupSpec {
  if (!(slo.objective > 0 && slo.objective < 1))
    throw new Error(`${slo.name}: objective must be between 0 and 1 (got ${slo.objective})`);
  const budget = Number((1 - slo.objective).toPrecision(6));
  const records: RecordSpec[] = WINDOWS.map((w) => ({
    record: recordName(slo.metric, w),
    expr: slo.errorRatio(w),
  }));
  const burning = (severity: 'critical' | 'warning') =>
    BURN_WINDOWS.filter((w) => w.severity === severity)
      .map(
        (w) =>
          `(${recordName(slo.metric, w.long)}{${slo.selector}} > ${w.factor} * ${budget}\n` +
          ` and ${recordName(slo.metric, w.short)}{${slo.selector}} > ${w.factor} * ${budget})`,
      )
      .join('\nor\n');
  const percent = `${Number((slo.objective * 100).toPrecision(6))}%`;
  const alerts: AlertSpec[] = [
    {
      alert: `${slo.name}BudgetBurnFast`,
      expr: burning('critical'),
      for: '2m',
      severity: 'critical',
      summary: `${slo.name} SLO (${percent}) is burning its 30-day error budget fast`,
      description:
        `In {{ $labels.namespace }} {{ $value | humanizePercentage }} of ${slo.badEvents} over the last hour or 6 hours, ` +
        `at least 6 times the ${percent} budget: at this rate the month's budget is gone within 5 days.`,
    },
    {
      alert: `${slo.name}BudgetBurnSlow`,
      expr: burning('warning'),
      for: '15m',
      severity: 'warning',
      summary: `${slo.name} SLO (${percent}) is burning its 30-day error budget steadily`,
      description:
        `In {{ $labels.namespace }} {{ $value | humanizePercentage }} of ${slo.badEvents} over the last 1 or 3 days, ` +
        `at least the ${percent} budget's rate: 10% of the month's budget is gone within 3 days.`,
    },
  ];
  return { name: `slo-${slo.metric.replaceAll('_', '-')}`, rules: [...records, ...alerts] };
}

import { API_SLO_OBJECTIVES } from '../alerts/shop-rules';
import { BURN_WINDOWS, recordName } from '../alerts/slo';
import { promql, statPanel, timeseriesPanel } from './builder';
import { type DashboardDefinition, shopDashboardBuilder } from './dashboard';

const NS = 'namespace="$namespace"';
const SLOS = [
  { name: 'Availability', metric: 'api_availability' },
  { name: 'Latency (≤ 500 ms)', metric: 'api_latency' },
] as const;
const WINDOWS = [...new Set(BURN_WINDOWS.flatMap((w) => [w.short, w.long]))];

/** Error budget left over 30 days and burn rates, over the SLO recording rules (alerts/slo.ts). */
export const sloDashboard: DashboardDefinition = (context) => {
  let builder = shopDashboardBuilder(
    {
      uid: 'dhakacart-slo',
      title: 'DhakaCart / SLOs',
      description:
        'The API SLOs: error budget left over 30 days and how fast it burns, per window of the alerts.',
    },
    context,
  );
  for (const slo of SLOS) {
    const objective = API_SLO_OBJECTIVES[slo.metric];
    const budget = Number((1 - objective).toPrecision(6));
    const record = (w: string) => `${recordName(slo.metric, w)}{${NS}}`;
    builder = builder
      .withPanel(
        statPanel(
          `${slo.name}: error budget left (30 days)`,
          // The 30-day ratio from the 1-day records: the mean of 30 daily windows.
          [promql(`1 - avg_over_time(${record('1d')}[30d]) / ${budget}`)],
          {
            unit: 'percentunit',
            threshold: { value: 0, bad: 'below' },
            description: `Objective ${objective * 100}% good; 1 is the whole budget left, below 0 it is spent.`,
          },
        ),
      )
      .withPanel(
        timeseriesPanel(
          `${slo.name}: burn rate per window`,
          WINDOWS.map((w) => promql(`${record(w)} / ${budget}`, w)),
          {
            width: 18,
            // The fast page: 14.4 times the budget's rate, 2% of the month's budget in an hour.
            threshold: { value: BURN_WINDOWS[0].factor },
            description: '1 spends the budget in exactly 30 days; the line is the fast-burn page.',
          },
        ),
      );
  }
  return builder;
};

import { API_SLO_OBJECTIVES } from '../alerts/shop-rules';
import { BURN_WINDOWS, recordName } from '../alerts/slo';
import type { DashboardSpec } from './dashboard';

const NS = 'namespace="$namespace"';
const SLOS = [
  { name: 'Availability', metric: 'api_availability' },
  { name: 'Latency (≤ 500 ms)', metric: 'api_latency' },
] as const;

/** Error budget left over 30 days and burn rates, over the SLO recording rules (alerts/slo.ts). */
export const sloDashboard: DashboardSpec = {
  uid: 'dhakacart-slo',
  title: 'DhakaCart / SLOs',
  panels: SLOS.flatMap((slo) => {
    const budget = Number((1 - API_SLO_OBJECTIVES[slo.metric]).toPrecision(6));
    const record = (w: string) => recordName(slo.metric, w);
    return [
      {
        title: `${slo.name}: error budget left (30 days)`,
        type: 'stat' as const,
        unit: 'percentunit',
        threshold: 0,
        // The 30-day ratio from the 1-day records: mean of 30 daily windows.
        queries: [{ expr: `1 - avg_over_time(${record('1d')}{${NS}}[30d]) / ${budget}` }],
      },
      {
        title: `${slo.name}: burn rate`,
        type: 'timeseries' as const,
        threshold: BURN_WINDOWS[0].factor,
        queries: [...new Set(BURN_WINDOWS.flatMap((w) => [w.short, w.long]))].map((w) => ({
          expr: `${record(w)}{${NS}} / ${budget}`,
          legend: w,
        })),
      },
    ];
  }),
};

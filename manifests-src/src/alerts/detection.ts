/**
 * The timings that decide how fast "the shop is down" reaches the on-call engineer. One source:
 * the ServiceMonitor and Probe intervals, the availability rule group's evaluation interval, its
 * `for:`, and Alertmanager's page route read them from here, and docs/alerting.md explains the
 * worst case (scrape + timeout + evaluation + for + group_wait or group_interval + delivery).
 */
export const detection = {
  /** How often the API's pods are scraped and the shop is probed through the Gateway. */
  scrapeInterval: '5s',
  /** A probe or scrape that takes longer counts as failed. */
  scrapeTimeout: '4s',
  /** How often the availability group is evaluated (other groups use Prometheus' 30 s). */
  evaluationInterval: '5s',
  /** A failure must last this long: 4 failed probes in a row, so one lost probe is a blip. */
  pageFor: '20s',
  /** Alertmanager waits this long for more alerts of a new page group before sending. */
  pageGroupWait: '5s',
  /** An alert joining a page group that already notified waits at most this long. */
  pageGroupInterval: '20s',
} as const;

/** Seconds of a `5s`-style duration (only s and m are used here). */
export function seconds(duration: string): number {
  const match = /^(\d+)(s|m)$/.exec(duration);
  if (!match) throw new Error(`duration must look like 5s or 2m (got ${duration})`);
  return Number(match[1]) * (match[2] === 'm' ? 60 : 1);
}

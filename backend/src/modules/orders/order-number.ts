const DHAKA_YEAR = new Intl.DateTimeFormat('en', { timeZone: 'Asia/Dhaka', year: 'numeric' });

/** `DC-<year in Dhaka>-<sequence, at least 6 digits>`, e.g. DC-2026-000123. */
export function formatOrderNumber(sequence: string | number, at: Date = new Date()): string {
  return `DC-${DHAKA_YEAR.format(at)}-${String(sequence).padStart(6, '0')}`;
}

export type AppLocale = 'bn' | 'en';

const formatters = new Map<string, Intl.NumberFormat>();

function formatter(locale: AppLocale): Intl.NumberFormat {
  const tag = locale === 'bn' ? 'bn-BD' : 'en-BD';
  let format = formatters.get(tag);
  if (!format) {
    // narrowSymbol gives "৳" in both languages (en-BD would otherwise print "BDT").
    format = new Intl.NumberFormat(tag, {
      style: 'currency',
      currency: 'BDT',
      currencyDisplay: 'narrowSymbol',
      minimumFractionDigits: 0,
      maximumFractionDigits: 2,
    });
    formatters.set(tag, format);
  }
  return format;
}

/** Formats integer paisa as Taka, e.g. 3599000 → "৳35,990" (en) or "৩৫,৯৯০৳" (bn). */
export function formatTaka(paisa: number, locale: AppLocale): string {
  if (!Number.isInteger(paisa)) throw new Error(`money must be integer paisa (got ${paisa})`);
  return formatter(locale).format(paisa / 100);
}

/** Formats a plain count in the locale's digits (Bangla digits in Bangla). */
export function formatCount(value: number, locale: AppLocale): string {
  return new Intl.NumberFormat(locale === 'bn' ? 'bn-BD' : 'en-BD').format(value);
}

/** Parses a Taka amount typed by a person ("1,250.50", "১২৫০") into paisa; null when not a number. */
export function parseTakaToPaisa(input: string): number | null {
  const western = input.replace(/[০-৯]/g, (d) => String(d.charCodeAt(0) - 0x09e6)).replace(/[,\s৳]/g, '');
  if (!/^\d+(\.\d{1,2})?$/.test(western)) return null;
  const [whole = '0', fraction = ''] = western.split('.');
  return Number(whole) * 100 + Number(fraction.padEnd(2, '0'));
}

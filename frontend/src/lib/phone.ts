// Bangladeshi mobile numbers: operator prefixes 013..019, 11 digits locally.
const MOBILE = /^01[3-9]\d{8}$/;

/** Normalises "01712345678", "8801712345678", "+880 1712-345678" (Bangla digits too) to "+8801712345678"; null if invalid. */
export function normalizeBdPhone(input: string): string | null {
  const digits = input
    .replace(/[০-৯]/g, (d) => String(d.charCodeAt(0) - 0x09e6))
    .replace(/[\s\-()]/g, '')
    .replace(/^\+/, '');
  const local = digits.startsWith('880') ? digits.slice(2) : digits;
  return MOBILE.test(local) ? `+88${local}` : null;
}

export type PhoneProblem = 'required' | 'invalid' | null;

export function phoneProblem(input: string): PhoneProblem {
  if (input.trim() === '') return 'required';
  return normalizeBdPhone(input) ? null : 'invalid';
}

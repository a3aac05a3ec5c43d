import { describe, expect, it } from 'vitest';
import { formatCount, formatTaka, parseTakaToPaisa } from './money';

describe('formatTaka', () => {
  it('when given paisa in English, then it prints Taka with the ৳ sign and grouping', () => {
    expect(formatTaka(3599000, 'en')).toBe('৳35,990');
  });

  it('when given paisa in Bangla, then it prints Bangla digits and the ৳ sign', () => {
    const text = formatTaka(3599000, 'bn');
    expect(text).toContain('৳');
    expect(text).toContain('৩৫,৯৯০');
  });

  it('when the amount has paisa, then it keeps two decimals at most', () => {
    expect(formatTaka(12550, 'en')).toBe('৳125.5');
    expect(formatTaka(12505, 'en')).toBe('৳125.05');
  });

  it('when given a fraction of a paisa, then it refuses (money is integer paisa)', () => {
    expect(() => formatTaka(10.5, 'en')).toThrow(/integer paisa/);
  });
});

describe('formatCount', () => {
  it('when in Bangla, then digits are Bangla', () => {
    expect(formatCount(12, 'bn')).toBe('১২');
    expect(formatCount(12, 'en')).toBe('12');
  });
});

describe('parseTakaToPaisa', () => {
  it('when a person types Taka with commas, decimals or Bangla digits, then it becomes paisa', () => {
    expect(parseTakaToPaisa('1,250.50')).toBe(125050);
    expect(parseTakaToPaisa('১২৫০')).toBe(125000);
    expect(parseTakaToPaisa('৳ 99')).toBe(9900);
  });

  it('when the text is not an amount, then it gives null', () => {
    expect(parseTakaToPaisa('abc')).toBeNull();
    expect(parseTakaToPaisa('1.234')).toBeNull();
    expect(parseTakaToPaisa('-5')).toBeNull();
  });
});

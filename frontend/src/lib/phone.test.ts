import { describe, expect, it } from 'vitest';
import { normalizeBdPhone, phoneProblem } from './phone';

describe('normalizeBdPhone', () => {
  it.each([
    ['01712345678', '+8801712345678'],
    ['8801712345678', '+8801712345678'],
    ['+880 1712-345678', '+8801712345678'],
    ['০১৮১২৩৪৫৬৭৮', '+8801812345678'],
  ])('when given %s, then it normalises to %s', (input, expected) => {
    expect(normalizeBdPhone(input)).toBe(expected);
  });

  it.each(['0171234567', '01212345678', '+44 7700 900123', '017123456789', 'phone'])(
    'when given %s, then it is not a Bangladeshi mobile',
    (input) => {
      expect(normalizeBdPhone(input)).toBeNull();
    },
  );
});

describe('phoneProblem', () => {
  it('when empty, then the number is required; when wrong, invalid; when right, none', () => {
    expect(phoneProblem('  ')).toBe('required');
    expect(phoneProblem('12345')).toBe('invalid');
    expect(phoneProblem('01912345678')).toBeNull();
  });
});

import { BangladeshiPhone, normaliseBangladeshiPhone } from './phone';

describe('Bangladeshi mobile numbers', () => {
  test.each([
    ['01712345678', '+8801712345678'],
    ['8801812345678', '+8801812345678'],
    ['+8801912345678', '+8801912345678'],
    ['017-1234 5678', '+8801712345678'],
    ['01312345678', '+8801312345678'],
  ])('when %s is given, then it becomes %s', (raw, expected) => {
    expect(normaliseBangladeshiPhone(raw)).toBe(expected);
  });

  test.each([
    '01212345678',
    '0171234567',
    '017123456789',
    '+447912345678',
    '১৭১২৩৪৫৬৭৮',
    "01712345678' OR 1=1",
    '',
  ])('when %p is given, then it is refused', (raw) => {
    expect(normaliseBangladeshiPhone(raw)).toBeNull();
    expect(BangladeshiPhone.safeParse(raw).success).toBe(false);
  });
});

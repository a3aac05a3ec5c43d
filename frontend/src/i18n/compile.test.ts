import { describe, expect, it } from 'vitest';
import { createAppI18n } from '.';

describe('message compiler', () => {
  it('when a message has placeholders, then they are filled, and missing ones render empty', () => {
    const { t } = createAppI18n('en').global;
    expect(t('product.stock', { n: 7 })).toBe('Stock: 7');
    expect(t('order.number', {})).toBe('Order number: ');
  });

  it('when a message has none | one | many cases, then the count picks the case', () => {
    const { t } = createAppI18n('bn').global;
    expect(t('catalog.count', { n: '০' }, 0)).toBe('কোনো পণ্য নেই');
    expect(t('catalog.count', { n: '১' }, 1)).toBe('১টি পণ্য');
    expect(t('catalog.count', { n: '১২' }, 12)).toBe('১২টি পণ্য');
  });
});

import { describe, expect, it } from 'vitest';
import { mountApp } from '../test/mountApp';
import QuantityPicker from './QuantityPicker.vue';

describe('QuantityPicker', () => {
  it('when at the stock limit, then + is disabled and − still works', async () => {
    const { wrapper } = await mountApp(QuantityPicker, { props: { modelValue: 3, max: 3, label: 'qty' } });
    expect(wrapper.get('[data-test=qty-increase]').attributes('disabled')).toBeDefined();
    await wrapper.get('[data-test=qty-decrease]').trigger('click');
    expect(wrapper.emitted('update:modelValue')).toEqual([[2]]);
  });

  it('when at the minimum, then − is disabled', async () => {
    const { wrapper } = await mountApp(QuantityPicker, { props: { modelValue: 1, max: 5, label: 'qty' } });
    expect(wrapper.get('[data-test=qty-decrease]').attributes('disabled')).toBeDefined();
    await wrapper.get('[data-test=qty-increase]').trigger('click');
    expect(wrapper.emitted('update:modelValue')).toEqual([[2]]);
  });

  it('when a cart line allows 0, then − from 1 asks for 0 (remove)', async () => {
    const { wrapper } = await mountApp(QuantityPicker, {
      props: { modelValue: 1, max: 5, min: 0, label: 'qty' },
    });
    await wrapper.get('[data-test=qty-decrease]').trigger('click');
    expect(wrapper.emitted('update:modelValue')).toEqual([[0]]);
  });
});

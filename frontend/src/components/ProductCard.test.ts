import { describe, expect, it } from 'vitest';
import { mountApp } from '../test/mountApp';
import { product } from '../test/fixtures';
import ProductCard from './ProductCard.vue';

describe('ProductCard', () => {
  it('when in stock, then it shows "স্টক: N" in Bangla and the add button is enabled', async () => {
    const { wrapper } = await mountApp(ProductCard, { props: { product: product({ stock: 12 }) } });
    expect(wrapper.get('[data-test=stock]').text()).toBe('স্টক: ১২');
    expect(wrapper.get('[data-test=add-to-cart]').attributes('disabled')).toBeUndefined();
    expect(wrapper.text()).toContain('মিনিকেট চাল ৫ কেজি');
  });

  it('when out of stock, then it shows "স্টক নেই" and the add button is disabled', async () => {
    const { wrapper } = await mountApp(ProductCard, {
      props: { product: product({ stock: 0, stockStatus: 'out_of_stock' }) },
    });
    expect(wrapper.get('[data-test=stock]').text()).toBe('স্টক নেই');
    expect(wrapper.get('[data-test=add-to-cart]').attributes('disabled')).toBeDefined();
  });

  it('when in English, then the English name and Taka price are shown', async () => {
    const { wrapper } = await mountApp(ProductCard, { props: { product: product() }, locale: 'en' });
    expect(wrapper.text()).toContain('Miniket Rice 5 kg');
    expect(wrapper.text()).toContain('৳420');
    expect(wrapper.get('[data-test=stock]').text()).toBe('Stock: 12');
  });

  it('when the image has a size, then width and height are set so the layout does not shift', async () => {
    const { wrapper } = await mountApp(ProductCard, { props: { product: product() } });
    const img = wrapper.get('img');
    expect(img.attributes('width')).toBe('600');
    expect(img.attributes('height')).toBe('600');
  });
});

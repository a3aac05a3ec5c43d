import { afterEach, describe, expect, it } from 'vitest';
import { initialLocale } from '../i18n';
import { mountApp } from '../test/mountApp';
import LocaleSwitch from './LocaleSwitch.vue';

afterEach(() => localStorage.clear());

describe('LocaleSwitch', () => {
  it('when nothing was chosen before, then the shop starts in Bangla', () => {
    expect(initialLocale()).toBe('bn');
  });

  it('when clicked in Bangla, then the shop switches to English, remembers it and sets the lang attribute', async () => {
    const { wrapper, i18n } = await mountApp(LocaleSwitch);
    expect(wrapper.text()).toBe('English');
    await wrapper.get('button').trigger('click');
    expect(i18n.global.locale.value).toBe('en');
    expect(wrapper.text()).toBe('বাংলা');
    expect(document.documentElement.lang).toBe('en');
    expect(initialLocale()).toBe('en');
  });

  it('when clicked twice, then the shop is back in Bangla', async () => {
    const { wrapper, i18n } = await mountApp(LocaleSwitch);
    await wrapper.get('button').trigger('click');
    await wrapper.get('button').trigger('click');
    expect(i18n.global.locale.value).toBe('bn');
    expect(initialLocale()).toBe('bn');
  });
});

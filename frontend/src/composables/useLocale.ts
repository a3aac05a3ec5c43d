import { computed } from 'vue';
import { useI18n } from 'vue-i18n';
import type { Category, ProductSummary } from '../api/types';
import { applyLocale } from '../i18n';
import { formatCount, formatTaka, type AppLocale } from '../lib/money';

/** Locale-aware formatting for views: Taka, counts, dates and product names. */
export function useLocale() {
  const composer = useI18n();
  const locale = computed(() => composer.locale.value as AppLocale);

  function toggle(): void {
    const next: AppLocale = locale.value === 'bn' ? 'en' : 'bn';
    applyLocale(composer, next);
  }

  return {
    t: composer.t,
    locale,
    toggle,
    money: (paisa: number) => formatTaka(paisa, locale.value),
    count: (value: number) => formatCount(value, locale.value),
    date: (iso: string) =>
      new Intl.DateTimeFormat(locale.value === 'bn' ? 'bn-BD' : 'en-BD', {
        dateStyle: 'medium',
        timeStyle: 'short',
        timeZone: 'Asia/Dhaka',
      }).format(new Date(iso)),
    productName: (product: Pick<ProductSummary, 'name' | 'nameBn'>) =>
      locale.value === 'bn' && product.nameBn ? product.nameBn : product.name,
    categoryName: (category: Pick<Category, 'name' | 'nameBn'>) =>
      locale.value === 'bn' && category.nameBn ? category.nameBn : category.name,
  };
}

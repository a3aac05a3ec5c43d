import { createI18n } from 'vue-i18n';
import type { AppLocale } from '../lib/money';
import { readJson, writeJson } from '../lib/storage';
import bn from './bn';
import { compileMessage } from './compile';
import en from './en';

const STORAGE_KEY = 'dhakacart.locale';
export const LOCALES: readonly AppLocale[] = ['bn', 'en'];

/** The remembered choice, else Bangla (the shop's default, as it always was). */
export function initialLocale(): AppLocale {
  const saved = readJson<string>(STORAGE_KEY);
  return saved === 'en' || saved === 'bn' ? saved : 'bn';
}

export function createAppI18n(locale: AppLocale = initialLocale()) {
  return createI18n({
    legacy: false,
    locale,
    fallbackLocale: 'en',
    messages: { bn, en },
    messageCompiler: compileMessage,
    // Bangla plural rule: "১টি" vs "{n}টি" still needs the zero form first.
    pluralRules: { bn: pluralThree, en: pluralThree },
  });
}

/** Chooses among "none | one | many" messages. */
function pluralThree(choice: number): number {
  if (choice === 0) return 0;
  return choice === 1 ? 1 : 2;
}

export type AppI18n = ReturnType<typeof createAppI18n>;

/** Switches the language everywhere, remembers it and tells the browser (lang attribute). */
export function applyLocale(composer: { locale: { value: string } }, locale: AppLocale): void {
  composer.locale.value = locale;
  writeJson(STORAGE_KEY, locale);
  if (typeof document !== 'undefined') document.documentElement.lang = locale;
}

import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { en, type MessageKey } from './en';

export type Locale = 'en' | 'es';
export const locales: Locale[] = ['en', 'es'];
// English is always there; other languages are loaded when first chosen, so the first page
// carries one table, not all of them.
const tables: Partial<Record<Locale, Record<string, string>>> = { en: { ...en } };

// The strings of areas that bring their own with their pages, in every language, as they came.
const areaTables: Record<Locale, Record<string, string>>[] = [];

// Joins an area's strings to the tables. An area whose pages are loaded when first needed calls it
// as its pages load, so that its strings stay out of the first page too; the pages render after it.
export function addMessages(area: Record<Locale, Record<string, string>>) {
  areaTables.push(area);
  for (const locale of locales) if (tables[locale]) Object.assign(tables[locale]!, area[locale]);
}

export const isLoaded = (locale: Locale) => tables[locale] !== undefined;

export async function loadLocale(locale: Locale): Promise<void> {
  if (locale === 'es' && !tables.es)
    tables.es = Object.assign({}, (await import('./es')).es, ...areaTables.map((area) => area.es));
}

export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

export function translator(locale: Locale): Translate {
  const table = tables[locale] ?? tables.en!;
  return (key, params) => {
    let text = table[key];
    if (params) for (const [name, value] of Object.entries(params)) text = text.split(`{${name}}`).join(String(value));
    return text;
  };
}

// Whether a message exists, for keys made from what the server sends (an audit entry's action).
export const hasMessage = (locale: Locale, key: string) => (tables[locale] ?? tables.en!)[key] !== undefined;

export interface I18n {
  locale: Locale;
  t: Translate;
  setLocale: (locale: Locale) => void;
}

export const I18nContext = createContext<I18n>({ locale: 'en', t: translator('en'), setLocale: () => {} });
export const useI18n = () => useContext(I18nContext);

const storageKey = 'accord.locale';
export function initialLocale(): Locale {
  const saved = localStorage.getItem(storageKey);
  if (saved === 'en' || saved === 'es') return saved;
  return navigator.language.toLowerCase().startsWith('es') ? 'es' : 'en';
}
export function rememberLocale(locale: Locale) {
  localStorage.setItem(storageKey, locale);
  document.documentElement.lang = locale;
}

// The language names are shown in their own language, so they are not translated.
export const languageNames: Record<Locale, string> = { en: 'English', es: 'Español' };

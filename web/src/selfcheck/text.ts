// The API gives structure, level and criterion names in both languages; these pick the reader's.
import type { Locale } from '../i18n/i18n';

export const named = (item: { name_en: string; name_es: string }, locale: Locale) =>
  locale === 'es' ? item.name_es : item.name_en;

export const texted = (item: { text_en: string; text_es: string }, locale: Locale) =>
  locale === 'es' ? item.text_es : item.text_en;

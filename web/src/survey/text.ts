// Small helpers shared by the survey pages: texts the API gives in two languages, years, numbers,
// dates, and API errors whose field is named as the form names it.
import { ApiError } from '../api/client';
import type { Bilingual } from '../api/surveys';
import { formatFixed, formatShare } from '../i18n/format';
import type { Locale } from '../i18n/i18n';

// The Spanish text when the district wrote one, else the English.
export const inLocale = (text: Bilingual, locale: Locale) => (locale === 'es' && text.es ? text.es : text.en);

// A window's year is the school year starting in it: 2026 is 2026–27.
export const schoolYear = (year: number) => `${year}–${String((year + 1) % 100).padStart(2, '0')}`;

// A mean score (1 to 5) with two decimals, a gap between the sides signed, a share as a percentage.
export const formatMean = (value: number, locale: Locale) => formatFixed(value, 2, locale);

export const formatGap = (value: number, locale: Locale) =>
  (value > 0 ? '+' : value < 0 ? '-' : '') + formatFixed(Math.abs(value), 2, locale);

export const formatPercent = (share: number, locale: Locale) => formatShare(share, locale);

// The server counts days in UTC, so the form's default dates do too.
export const todayUtc = () => new Date().toISOString().slice(0, 10);
export function addDays(iso: string, days: number): string {
  const at = new Date(`${iso}T00:00:00Z`);
  at.setUTCDate(at.getUTCDate() + days);
  return at.toISOString().slice(0, 10);
}

// The API names a field by its JSON key ("min_group_size"); a person knows it by its label.
export function withFieldLabel(error: unknown, label: (field: string) => string | undefined): unknown {
  if (!(error instanceof ApiError) || !error.field) return error;
  const name = label(error.field);
  return name ? new ApiError(error.status, error.code, error.message, name) : error;
}

export const isConflict = (error: unknown) => error instanceof ApiError && error.status === 409;

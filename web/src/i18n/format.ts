// Dates, times, numbers and percentages in the reader's language: one format per kind across the
// whole interface. Every page formats through these, never through toLocale*, toFixed or an Intl
// object of its own. The Intl objects are made once per language and kept.

type Kind = 'day' | 'moment' | 'time' | 'number' | 'percent' | 'fixed0' | 'fixed1' | 'fixed2' | 'fixed3' | 'list';

const options: Record<Kind, Intl.DateTimeFormatOptions | Intl.NumberFormatOptions> = {
  day: { timeZone: 'UTC', dateStyle: 'medium' },
  moment: { dateStyle: 'medium', timeStyle: 'short' },
  time: { timeZone: 'UTC', timeStyle: 'short' },
  number: { maximumFractionDigits: 1 },
  percent: { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 },
  fixed0: { minimumFractionDigits: 0, maximumFractionDigits: 0 },
  fixed1: { minimumFractionDigits: 1, maximumFractionDigits: 1 },
  fixed2: { minimumFractionDigits: 2, maximumFractionDigits: 2 },
  fixed3: { minimumFractionDigits: 3, maximumFractionDigits: 3 },
  list: {},
};

type Formatter = Intl.DateTimeFormat | Intl.NumberFormat | Intl.ListFormat;
const kept = new Map<string, Formatter>();
function formatter<T extends Formatter>(kind: Kind, locale: string): T {
  const key = `${kind}|${locale}`;
  let made = kept.get(key);
  if (!made) {
    made = kind === 'list'
      ? new Intl.ListFormat(locale, { type: 'conjunction' })
      : ['number', 'percent', 'fixed0', 'fixed1', 'fixed2', 'fixed3'].includes(kind)
        ? new Intl.NumberFormat(locale, options[kind] as Intl.NumberFormatOptions)
        : new Intl.DateTimeFormat(locale, options[kind] as Intl.DateTimeFormatOptions);
    kept.set(key, made);
  }
  return made as T;
}
const dates = (kind: Kind, locale: string) => formatter<Intl.DateTimeFormat>(kind, locale);
const numbers = (kind: Kind, locale: string) => formatter<Intl.NumberFormat>(kind, locale);

// "2026-03-03" (a calendar date, or the start of a longer text such as "2026-03-03T15:30") as the
// instant it names on a clock that never shifts: UTC stands for "as written".
function asWritten(text: string): Date | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?/.exec(text);
  if (!m) return undefined;
  return new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4] ?? 0), Number(m[5] ?? 0)));
}

// A day: a calendar date "YYYY-MM-DD" as written, or the day of a moment (Unix seconds) where the
// reader is.
export function formatDay(value: string | number, locale: string): string {
  if (typeof value === 'number') {
    const at = new Date(value * 1000);
    return dates('day', locale).format(new Date(Date.UTC(at.getFullYear(), at.getMonth(), at.getDate())));
  }
  const at = asWritten(value);
  return at ? dates('day', locale).format(at) : value;
}

// Two days, as one range when they differ.
export function formatDays(from: string, to: string, locale: string): string {
  return from === to ? formatDay(from, locale) : `${formatDay(from, locale)} – ${formatDay(to, locale)}`;
}

// A moment: Unix seconds, a day and a time where the reader is.
export function formatMoment(seconds: number, locale: string): string {
  return dates('moment', locale).format(new Date(seconds * 1000));
}

// A wall time "YYYY-MM-DDTHH:MM" kept in its own time zone (a meeting's, a session's): the same day
// and time format, as written.
export function formatWallTime(text: string, locale: string): string {
  const at = asWritten(text);
  if (!at) return text;
  return `${dates('day', locale).format(at)}, ${dates('time', locale).format(at)}`;
}

// "15:30" and a duration in minutes, as a range of times ("3:30 – 5:30 PM").
export function formatTimeRange(start: string, durationMinutes: number, locale: string): string {
  const [h, min] = start.split(':').map(Number);
  const from = new Date(Date.UTC(2000, 0, 1, h, min));
  const to = new Date(from.getTime() + durationMinutes * 60000);
  const format = dates('time', locale);
  return format.formatRange ? format.formatRange(from, to) : `${format.format(from)} – ${format.format(to)}`;
}


// A number, with at most one decimal.
export function formatNumber(value: number, locale: string): string {
  return numbers('number', locale).format(value);
}

// A percentage given from 0 to 100 (as Accord stores them), always with one decimal.
export function formatPercent(value: number, locale: string): string {
  return numbers('percent', locale).format(value / 100);
}

// A share from 0 to 1 as a percentage, the same way.
export const formatShare = (share: number, locale: string) => formatPercent(share * 100, locale);

// A measured value written with a set number of decimals (0 to 3), so that a series lines up: the
// same on a chart's axis, in its tooltip, in a table and in a sentence.
export function formatFixed(value: number, digits: number, locale: string): string {
  const d = Math.min(3, Math.max(0, Math.round(digits)));
  return numbers(`fixed${d}` as Kind, locale).format(value);
}

// "2021, 2022 and 2023" in the reader's language.
export function formatList(items: string[], locale: string): string {
  return formatter<Intl.ListFormat>('list', locale).format(items);
}

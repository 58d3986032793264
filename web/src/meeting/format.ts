// Dates and times of meetings. A series keeps local wall times ("2026-03-03T15:30") in its own
// time zone, so they are shown as written, never shifted into the browser's zone.
import { ApiError } from '../api/client';

function parts(date: string): [number, number, number] {
  const [y, m, d] = date.split('-').map(Number);
  return [y, m, d];
}

export function longDate(date: string, locale: string): string {
  const [y, m, d] = parts(date);
  return new Date(Date.UTC(y, m - 1, d)).toLocaleDateString(locale, {
    timeZone: 'UTC', weekday: 'long', year: 'numeric', month: 'long', day: 'numeric',
  });
}

export function shortDate(date: string, locale: string): string {
  const [y, m, d] = parts(date);
  return new Date(Date.UTC(y, m - 1, d)).toLocaleDateString(locale, {
    timeZone: 'UTC', weekday: 'short', year: 'numeric', month: 'short', day: 'numeric',
  });
}

// "15:30" plus a duration, as "3:30 – 5:30 PM" in the reader's language.
export function timeRange(start: string, durationMinutes: number, locale: string): string {
  const [h, min] = start.split(':').map(Number);
  const from = new Date(Date.UTC(2000, 0, 1, h, min));
  const to = new Date(from.getTime() + durationMinutes * 60000);
  const format = new Intl.DateTimeFormat(locale, { timeZone: 'UTC', hour: 'numeric', minute: '2-digit' });
  return format.formatRange ? format.formatRange(from, to) : `${format.format(from)} – ${format.format(to)}`;
}

// The wall-clock time of a series start, "HH:MM".
export const startTime = (start: string) => start.slice(11, 16);

// Today in the browser, as YYYY-MM-DD.
export function today(offsetDays = 0): string {
  const d = new Date();
  d.setDate(d.getDate() + offsetDays);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

export function localDay(unixSeconds: number): string {
  const d = new Date(unixSeconds * 1000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

export function clock(seconds: number): string {
  const s = Math.max(0, Math.floor(seconds));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

// The API names the field at fault by its JSON name; a form shows the label its reader sees.
export function withFieldLabel(error: unknown, labels: Record<string, string>): unknown {
  if (error instanceof ApiError && error.field && labels[error.field])
    return new ApiError(error.status, error.code, error.message, labels[error.field]);
  return error;
}

export const fieldOf = (error: unknown) => (error instanceof ApiError ? error.field : undefined);

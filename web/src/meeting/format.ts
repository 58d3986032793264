// Days and times of meetings as the code reads them (a series keeps local wall times such as
// "2026-03-03T15:30" in its own time zone); they are shown through i18n/format, never shifted.
import { ApiError } from '../api/client';

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

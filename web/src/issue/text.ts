// Small helpers for the issue and decision forms.

// The non-empty lines of a textarea, trimmed.
export const lines = (text: string) => text.split('\n').map((l) => l.trim()).filter(Boolean);

// A date input's value (yyyy-mm-dd) as Unix seconds at the given local hour; undefined when empty.
export function dateToSeconds(value: string, hour = 12): number | undefined {
  if (!value) return undefined;
  const [y, m, d] = value.split('-').map(Number);
  return Math.floor(new Date(y, m - 1, d, hour, 0, 0).getTime() / 1000);
}

// Unix seconds as a date input's value, in local time.
export function secondsToDate(seconds: number): string {
  const d = new Date(seconds * 1000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

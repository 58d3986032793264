// Dates of events as people read them, in their language.
export function formatDay(iso: string, locale: string) {
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d)).toLocaleDateString(locale, { timeZone: 'UTC', year: 'numeric', month: 'long', day: 'numeric' });
}

export function formatDays(from: string, to: string, locale: string) {
  return from === to ? formatDay(from, locale) : `${formatDay(from, locale)} – ${formatDay(to, locale)}`;
}

// "2026-06-10T09:00" as a day and a time.
export function formatSessionTime(at: string, locale: string) {
  const [day, time] = at.split('T');
  const [h, min] = time.split(':').map(Number);
  const [y, m, d] = day.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d, h, min)).toLocaleString(locale, {
    timeZone: 'UTC', weekday: 'short', month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit',
  });
}

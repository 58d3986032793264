// Dates as the reader's locale writes them.
export const day = (seconds: number, locale: string) => new Date(seconds * 1000).toLocaleDateString(locale);
export const moment = (seconds: number, locale: string) =>
  new Date(seconds * 1000).toLocaleString(locale, { dateStyle: 'medium', timeStyle: 'short' });

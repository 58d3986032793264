import type { outcomeEn } from './messages.en';

// Las cadenas de las páginas de outcome, en español.
export const outcomeEs: Record<keyof typeof outcomeEn, string> = {
};

import type { communicationEn } from './messages.en';

// Las cadenas de las páginas de communication, en español.
export const communicationEs: Record<keyof typeof communicationEn, string> = {
};

import type { actionEn } from './messages.en';

// Las cadenas de las páginas de action, en español.
export const actionEs: Record<keyof typeof actionEn, string> = {
};

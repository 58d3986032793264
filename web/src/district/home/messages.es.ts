import type { homeEn } from './messages.en';

// Las cadenas de las páginas de home, en español.
export const homeEs: Record<keyof typeof homeEn, string> = {
};

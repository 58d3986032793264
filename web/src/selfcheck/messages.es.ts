import type { selfcheckEn } from './messages.en';

// Las cadenas de las páginas de selfcheck, en español.
export const selfcheckEs: Record<keyof typeof selfcheckEn, string> = {
};

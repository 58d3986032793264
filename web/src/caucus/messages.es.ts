import type { caucusEn } from './messages.en';

// Las cadenas de las páginas de caucus, en español.
export const caucusEs: Record<keyof typeof caucusEn, string> = {
};

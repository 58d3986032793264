import type { analysisEn } from './messages.en';

// Las cadenas de las páginas de analysis, en español.
export const analysisEs: Record<keyof typeof analysisEn, string> = {
};

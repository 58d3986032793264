import type { decisionEn } from './messages.en';

// Las cadenas de las páginas de decision, en español.
export const decisionEs: Record<keyof typeof decisionEn, string> = {
};

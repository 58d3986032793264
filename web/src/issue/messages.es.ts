import type { issueEn } from './messages.en';

// Las cadenas de las páginas de issue, en español.
export const issueEs: Record<keyof typeof issueEn, string> = {
};

import type { surveyEn } from './messages.en';

// Las cadenas de las páginas de survey, en español.
export const surveyEs: Record<keyof typeof surveyEn, string> = {
};

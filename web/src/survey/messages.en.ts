// The survey pages' strings in English (joined into src/i18n/en.ts).
export const surveyEn = {
} as const;

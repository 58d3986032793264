// The analysis pages' strings in English (joined into src/i18n/en.ts).
export const analysisEn = {
} as const;

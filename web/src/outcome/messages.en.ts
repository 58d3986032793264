// The outcome pages' strings in English (joined into src/i18n/en.ts).
export const outcomeEn = {
} as const;

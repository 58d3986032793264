// The decision pages' strings in English (joined into src/i18n/en.ts).
export const decisionEn = {
} as const;

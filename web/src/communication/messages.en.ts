// The communication pages' strings in English (joined into src/i18n/en.ts).
export const communicationEn = {
} as const;

// The caucus pages' strings in English (joined into src/i18n/en.ts).
export const caucusEn = {
} as const;

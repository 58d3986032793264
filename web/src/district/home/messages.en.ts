// The home pages' strings in English (joined into src/i18n/en.ts).
export const homeEn = {
} as const;

// The selfcheck pages' strings in English (joined into src/i18n/en.ts).
export const selfcheckEn = {
} as const;

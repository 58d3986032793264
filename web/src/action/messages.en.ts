// The action pages' strings in English (joined into src/i18n/en.ts).
export const actionEn = {
} as const;

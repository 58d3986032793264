// The issue pages' strings in English (joined into src/i18n/en.ts).
export const issueEn = {
} as const;

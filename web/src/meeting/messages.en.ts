// The meeting pages' strings in English (joined into src/i18n/en.ts).
export const meetingEn = {
} as const;

import type { meetingEn } from './messages.en';

// Las cadenas de las páginas de meeting, en español.
export const meetingEs: Record<keyof typeof meetingEn, string> = {
};

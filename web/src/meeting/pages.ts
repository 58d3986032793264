// The meeting pages, loaded when first needed (see routes.tsx).
export { MeetingPage } from './MeetingPage';
export { MeetingsPage } from './MeetingsPage';

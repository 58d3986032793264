// The meeting pages, loaded when first needed (see routes.tsx).
export { DistrictMeetingsPage, OpenOccurrencePage } from './DistrictMeetings';
export { MeetingPage } from './MeetingPage';
export { MeetingsPage } from './MeetingsPage';

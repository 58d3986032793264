// The network's event pages, loaded when first needed (see routes.tsx).
export { EventListPage } from './EventList';
export { EventPage } from './EventDetail';
export { TeamPage } from './TeamPage';
export { EventDashboardPage } from './Dashboard';
export { EventSurveyPage } from './SurveyPage';

// The pages loaded on demand by routes.tsx.
export { NotificationCentrePage } from './NotificationCentre';

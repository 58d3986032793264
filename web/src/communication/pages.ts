// The action-item and communication pages, loaded when first needed (see routes.tsx).
export { ActionsPage } from '../action/Actions';
export { CommunicationPage } from './CommunicationDetail';
export { CommunicationsPage } from './Communications';

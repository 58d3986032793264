// The partnership-health pages, loaded when first needed (see routes.tsx).
export { ClimateSurveyPage } from './ClimateSurvey';
export { HealthPage } from './Health';
export { NetworkSurveyPage } from './NetworkSurvey';
export { ResultsPage } from './Results';

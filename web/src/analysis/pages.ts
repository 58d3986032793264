// The analysis page, loaded when first needed (see routes.tsx).
export { AnalysisPage } from './AnalysisPage';

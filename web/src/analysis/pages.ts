// The analysis page, loaded when first needed (see routes.tsx), with its strings.
import { addMessages } from '../i18n/i18n';
import { analysisEn } from './messages.en';
import { analysisEs } from './messages.es';

addMessages({ en: analysisEn, es: analysisEs });

export { AnalysisPage } from './AnalysisPage';

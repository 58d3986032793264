import { addMessages } from '../i18n/i18n';
import { outcomeEn } from './messages.en';
import { outcomeEs } from './messages.es';

// The outcome pages' strings, joined to the tables when the pages (or a chart elsewhere) first load.
addMessages({ en: outcomeEn, es: outcomeEs });

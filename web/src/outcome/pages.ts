// The pages loaded on demand by routes.tsx, with their strings.
import './messages';

export { ImportPage } from './Import';
export { OutcomesPage } from './Outcomes';
export { SchoolsPage } from './Schools';

// The pages loaded on demand by routes.tsx.
export { ImportPage } from './Import';
export { OutcomesPage } from './Outcomes';
export { SchoolsPage } from './Schools';

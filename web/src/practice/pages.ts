// The practice library's pages, loaded when first needed (see routes.tsx).
export { DistrictPracticesPage } from './DistrictPractices';
export { LibraryPage } from './Library';
export { PracticeEditPage } from './PracticeEdit';
export { PracticePage } from './PracticePage';
export { PublicPracticePage } from './PublicPracticePage';

// The pages loaded on demand by routes.tsx.
export { HandbookPage } from './Handbook';

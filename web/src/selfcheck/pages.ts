// The self-check pages, loaded when first needed (see routes.tsx).
export { SelfCheckPage } from './SelfCheckPage';

// The pages loaded on demand by routes.tsx.
export { DecisionPage } from '../decision/DecisionDetail';
export { DecisionLogPage } from '../decision/DecisionLog';
export { DecisionsPage } from '../decision/Decisions';
export { IssuePage } from './IssueDetail';
export { IssuesPage } from './Issues';

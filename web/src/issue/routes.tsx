import type { DistrictView } from '../api/types';
import { lazyPages } from '../ui/lazy';
import { match } from '../ui/router';

const Pages = lazyPages(() => import('./pages'));

// The issue and decision pages of a district, by path; null when the path is not one of them.
// Their code is loaded when first needed, so the first page stays small.
export function issueAndDecisionPage(district: DistrictView, path: string) {
  const at = (pattern: string) => match(`/districts/:district${pattern}`, path);
  const issue = at('/issues/:issue');
  const decision = at('/decisions/:decision');
  if (at('/issues')) return <Pages render={(p) => <p.IssuesPage district={district} />} />;
  if (issue) return <Pages key={path} render={(p) => <p.IssuePage district={district} issueId={Number(issue.issue)} />} />;
  if (at('/decisions')) return <Pages render={(p) => <p.DecisionsPage district={district} />} />;
  if (at('/decisions/log')) return <Pages render={(p) => <p.DecisionLogPage district={district} />} />;
  if (decision) {
    return <Pages key={path} render={(p) => <p.DecisionPage district={district} decisionId={Number(decision.decision)} />} />;
  }
  return null;
}

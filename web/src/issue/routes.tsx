import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { DistrictView } from '../api/types';
import { Loading } from '../ui/components';
import { match } from '../ui/router';

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

type PagesModule = typeof import('./pages');
let loaded: PagesModule | null = null;

function Pages(props: { render: (pages: PagesModule) => ComponentChildren }) {
  const [pages, setPages] = useState(loaded);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    if (pages) return;
    import('./pages').then(
      (m) => setPages((loaded = m)),
      (e) => setError(e),
    );
  }, []);
  return pages ? <>{props.render(pages)}</> : <Loading error={error} />;
}

import type { DistrictView } from '../api/types';
import { lazyPages } from '../ui/lazy';
import { match } from '../ui/router';

const Pages = lazyPages(() => import('./pages'));

// The partnership-health pages of a district, by path; null when the path is not one of them:
// …/health, and …/health/:window/climate, /network and /results.
export function healthPage(district: DistrictView, path: string) {
  if (match('/districts/:district/health', path)) return <Pages render={(p) => <p.HealthPage district={district} />} />;
  for (const page of ['climate', 'network', 'results'] as const) {
    const m = match(`/districts/:district/health/:window/${page}`, path);
    if (!m || !/^\d+$/.test(m.window)) continue;
    const windowId = Number(m.window);
    return (
      <Pages key={path} render={(p) => {
        if (page === 'climate') return <p.ClimateSurveyPage district={district} windowId={windowId} />;
        if (page === 'network') return <p.NetworkSurveyPage district={district} windowId={windowId} />;
        return <p.ResultsPage district={district} windowId={windowId} />;
      }} />
    );
  }
  return null;
}

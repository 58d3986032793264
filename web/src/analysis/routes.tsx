import type { DistrictView } from '../api/types';
import { lazyPages } from '../ui/lazy';
import { match } from '../ui/router';

const Pages = lazyPages(() => import('./pages'));

// The analysis page of a district, by path; null when the path is not it.
export function analysisPage(district: DistrictView, path: string) {
  if (!match('/districts/:district/analysis', path)) return null;
  return <Pages render={(p) => <p.AnalysisPage district={district} />} />;
}

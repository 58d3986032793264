import type { DistrictView } from '../api/types';
import { lazyPages } from '../ui/lazy';
import { match } from '../ui/router';

const Pages = lazyPages(() => import('./pages'));

// The handbook page of a district; null for another path. Its code (with the charting library) is
// loaded when first needed.
export function handbookPage(district: DistrictView, path: string) {
  if (!match('/districts/:district/handbook', path)) return null;
  return <Pages render={(p) => <p.HandbookPage district={district} />} />;
}

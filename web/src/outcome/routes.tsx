import type { DistrictView } from '../api/types';
import { lazyPages } from '../ui/lazy';
import { match } from '../ui/router';

const Pages = lazyPages(() => import('./pages'));

// The outcome pages of a district, by path; null when the path is not one of them. Their code
// (with the charting library) is loaded when first needed.
export function outcomePage(district: DistrictView, path: string) {
  const at = (pattern: string) => match(`/districts/:district${pattern}`, path);
  if (at('/outcomes')) return <Pages render={(p) => <p.OutcomesPage district={district} />} />;
  if (at('/outcomes/schools')) return <Pages render={(p) => <p.SchoolsPage district={district} />} />;
  if (at('/outcomes/import')) return <Pages render={(p) => <p.ImportPage district={district} />} />;
  return null;
}

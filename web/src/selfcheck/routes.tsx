import type { DistrictView } from '../api/types';
import { lazyPages } from '../ui/lazy';
import { match } from '../ui/router';

const Pages = lazyPages(() => import('./pages'));

// A body's self-check: …/bodies/:body/self-check (this year) and …/self-check/:year. Null when the
// path is neither. A year that is not a number is passed on as NaN, which the API refuses, naming it.
export function selfCheckRoute(district: DistrictView, path: string) {
  const base = '/districts/:district/bodies/:body/self-check';
  const m = match(base, path) ?? match(`${base}/:year`, path);
  if (!m) return null;
  const year = m.year === undefined ? undefined : Number(m.year);
  return <Pages key={path} render={(p) => <p.SelfCheckPage district={district} bodyId={Number(m.body)} year={year} />} />;
}

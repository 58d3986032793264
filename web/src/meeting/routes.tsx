import type { DistrictView } from '../api/types';
import { lazyPages } from '../ui/lazy';
import { match } from '../ui/router';

const Pages = lazyPages(() => import('./pages'));

// The meeting pages under a body: …/bodies/:body/meetings, …/meetings/:meeting, and its live and
// printable-minutes views. Null when the path is none of them.
export function meetingRoute(district: DistrictView, path: string) {
  const base = '/districts/:district/bodies/:body/meetings';
  const list = match(base, path);
  if (list) return <Pages render={(p) => <p.MeetingsPage district={district} bodyId={Number(list.body)} />} />;
  for (const [suffix, mode] of [['', 'agenda'], ['/live', 'live'], ['/minutes', 'minutes']] as const) {
    const m = match(`${base}/:meeting${suffix}`, path);
    if (m && /^\d+$/.test(m.meeting)) {
      return (
        <Pages
          key={path}
          render={(p) => <p.MeetingPage district={district} bodyId={Number(m.body)} meetingId={Number(m.meeting)} mode={mode} />}
        />
      );
    }
  }
  return null;
}

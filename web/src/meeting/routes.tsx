import type { DistrictView } from '../api/types';
import { lazyPages } from '../ui/lazy';
import { match } from '../ui/router';

const Pages = lazyPages(() => import('./pages'));

// The meeting pages: the district's …/meetings; under a body …/bodies/:body/meetings,
// …/meetings/:meeting with its live and printable-minutes views, and …/meetings/on/:series/:date, which
// opens the meeting of a date. Null when the path is none of them.
export function meetingRoute(district: DistrictView, path: string) {
  if (match('/districts/:district/meetings', path)) {
    return <Pages render={(p) => <p.DistrictMeetingsPage district={district} />} />;
  }
  const base = '/districts/:district/bodies/:body/meetings';
  const list = match(base, path);
  if (list) return <Pages render={(p) => <p.MeetingsPage district={district} bodyId={Number(list.body)} />} />;
  const on = match(`${base}/on/:series/:date`, path);
  if (on && /^\d+$/.test(on.series) && /^\d{4}-\d{2}-\d{2}$/.test(on.date)) {
    return (
      <Pages key={path} render={(p) => (
        <p.OpenOccurrencePage district={district} bodyId={Number(on.body)} seriesId={Number(on.series)} date={on.date} />
      )} />
    );
  }
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

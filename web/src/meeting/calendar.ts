// The district's meetings across its joint bodies, gathered from each body's series: the dates ahead,
// soonest first, and those just past, latest first.
import { api, ApiError } from '../api/client';
import { meetingsApi, type MeetingSeries, type Occurrence } from '../api/meetings';
import type { Body } from '../api/types';
import { startTime } from './format';

export interface DatedMeeting extends Occurrence {
  body: Pick<Body, 'id' | 'name'>;
  series: MeetingSeries;
}

// How far back "recent" reaches, and how many dates of each kind are shown.
export const recentDays = 42;
export const upcomingShown = 20;
export const recentShown = 10;

const when = (m: DatedMeeting) => `${m.date}T${startTime(m.series.start)}`;

// Splits dated meetings at `today` (YYYY-MM-DD): the ones from today on, soonest first, then the
// earlier ones, latest first.
export function splitMeetings(all: DatedMeeting[], today: string) {
  const upcoming = all.filter((m) => m.date >= today).sort((a, b) => when(a).localeCompare(when(b)));
  const recent = all.filter((m) => m.date < today).sort((a, b) => when(b).localeCompare(when(a)));
  return { upcoming: upcoming.slice(0, upcomingShown), recent: recent.slice(0, recentShown) };
}

// A body whose meetings the person may not see adds none.
async function seriesOf(district: number, body: number): Promise<MeetingSeries[]> {
  try {
    return (await meetingsApi.seriesList({ district, body })).items;
  } catch (err) {
    if (err instanceof ApiError && (err.status === 403 || err.status === 404)) return [];
    throw err;
  }
}

// Every dated meeting of the district's bodies from `from` (YYYY-MM-DD) on.
export async function districtMeetings(district: number, from: string): Promise<{ bodies: Body[]; meetings: DatedMeeting[] }> {
  const bodies = (await api.bodies(district)).items;
  const perBody = await Promise.all(bodies.map(async (body) => {
    const series = await seriesOf(district, body.id);
    const views = await Promise.all(series.map((s) =>
      meetingsApi.series({ district, body: body.id, series: s.id }, from, upcomingShown + recentShown)));
    return views.flatMap(({ occurrences, ...s }) =>
      occurrences.map((o): DatedMeeting => ({ ...o, body: { id: body.id, name: body.name }, series: s })));
  }));
  return { bodies, meetings: perBody.flat() };
}

// Where a dated meeting opens: its record once it has one, or else the address that makes the record
// on the way to it (see routes.tsx), so every date of a series links to its meeting.
export function meetingHref(district: number, m: { body_id: number; series_id: number; date: string; meeting_id: number | null }) {
  const base = `/districts/${district}/bodies/${m.body_id}/meetings`;
  return m.meeting_id ? `${base}/${m.meeting_id}` : `${base}/on/${m.series_id}/${m.date}`;
}

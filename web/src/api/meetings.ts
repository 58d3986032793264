// Meetings of a joint body: series and their occurrences, the meeting record (agenda, approvals,
// attendance, minutes), its live event stream, and the member's calendar feed. Also the lists of
// the district's issues, decisions and action items that an agenda and a meeting refer to.
import { actionsApi } from './actions';
import { call } from './client';
import type { Page } from './types';

export type Frequency = 'once' | 'weekly' | 'biweekly' | 'monthly';
export type Outcome = 'done' | 'carried_over';
export type AttendanceStatus = 'present' | 'absent' | 'excused';

export interface MeetingSeries {
  id: number;
  body_id: number;
  title: string;
  start: string; // local wall time, YYYY-MM-DDTHH:MM, in time_zone
  time_zone: string;
  duration_minutes: number;
  location: string;
  frequency: Frequency;
  until: string | null;
  count: number | null;
  cancelled: string[];
  created_by: number;
  created_at: number;
}
export interface SeriesInput {
  title?: string;
  start: string;
  time_zone?: string;
  duration_minutes: number;
  location?: string;
  frequency?: Frequency;
  until?: string;
  count?: number;
}
export interface Occurrence {
  date: string;
  cancelled: boolean;
  meeting_id: number | null;
}
export interface SeriesView extends MeetingSeries {
  occurrences: Occurrence[];
}
export interface Meeting {
  id: number;
  body_id: number;
  series_id: number;
  date: string;
  minutes: string;
  labor_approved_by: number | null;
  management_approved_by: number | null;
  agenda_approved: boolean;
  created_at: number;
}
export interface AgendaItem {
  id: number;
  meeting_id: number;
  position: number;
  title: string;
  confidential: boolean;
  issue_id: number | null;
  decision_id: number | null;
  action_id: number | null;
  time_box_minutes: number;
  proposed_by: number;
  outcome: Outcome | null;
  carried_from_id: number | null;
  created_at: number;
}
export interface AgendaItemInput {
  title?: string;
  time_box_minutes?: number;
  issue_id?: number | null;
  decision_id?: number | null;
  action_id?: number | null;
}
export interface Attendance {
  user_id: number;
  name: string;
  status: AttendanceStatus;
}
export interface MeetingView extends Meeting {
  title: string;
  start: string;
  time_zone: string;
  duration_minutes: number;
  location: string;
  agenda: AgendaItem[];
  attendance: Attendance[];
}

export interface IssueSummary {
  id: number;
  body_id: number;
  title: string;
  step: string;
}
export interface DecisionSummary {
  id: number;
  body_id: number;
  issue_id: number | null;
  title: string;
  text: string;
  status: 'open' | 'adopted' | 'no_consent';
  deadline: number;
  created_at: number;
}
export interface DecisionInput {
  body_id: number;
  title: string;
  text: string;
  deadline: number;
}

type Ids = { district: number; body: number };
type MeetingIds = Ids & { meeting: number };

export const meetingsApi = {
  seriesList: (p: Ids) =>
    call<{ items: MeetingSeries[] }>('GET', '/api/v1/districts/{district}/bodies/{body}/meetings/series', p),
  series: (p: Ids & { series: number }, from: string, limit: number) =>
    call<SeriesView>('GET', '/api/v1/districts/{district}/bodies/{body}/meetings/series/{series}', p, undefined,
      { from, limit }),
  schedule: (p: Ids, input: SeriesInput) =>
    call<MeetingSeries>('POST', '/api/v1/districts/{district}/bodies/{body}/meetings/series', p, input),
  cancelOccurrence: (p: Ids & { series: number }, date: string) =>
    call<void>('POST', '/api/v1/districts/{district}/bodies/{body}/meetings/series/{series}/cancellations', p,
      { date }),

  // The meeting record of an occurrence, created on first use.
  open: (p: Ids, series_id: number, date: string) =>
    call<Meeting>('POST', '/api/v1/districts/{district}/bodies/{body}/meetings', p, { series_id, date }),
  meeting: (p: MeetingIds) =>
    call<MeetingView>('GET', '/api/v1/districts/{district}/bodies/{body}/meetings/{meeting}', p),
  addItem: (p: MeetingIds, input: AgendaItemInput) =>
    call<AgendaItem>('POST', '/api/v1/districts/{district}/bodies/{body}/meetings/{meeting}/agenda', p, input),
  updateItem: (p: MeetingIds & { item: number }, input: AgendaItemInput) =>
    call<AgendaItem>('PATCH', '/api/v1/districts/{district}/bodies/{body}/meetings/{meeting}/agenda/{item}', p,
      input),
  removeItem: (p: MeetingIds & { item: number }) =>
    call<void>('DELETE', '/api/v1/districts/{district}/bodies/{body}/meetings/{meeting}/agenda/{item}', p),
  reorder: (p: MeetingIds, item_ids: number[]) =>
    call<{ items: AgendaItem[] }>('PUT', '/api/v1/districts/{district}/bodies/{body}/meetings/{meeting}/agenda/order',
      p, { item_ids }),
  setOutcome: (p: MeetingIds & { item: number }, outcome: Outcome) =>
    call<AgendaItem>('PUT',
      '/api/v1/districts/{district}/bodies/{body}/meetings/{meeting}/agenda/{item}/outcome', p, { outcome }),
  approve: (p: MeetingIds) =>
    call<Meeting>('POST', '/api/v1/districts/{district}/bodies/{body}/meetings/{meeting}/approvals', p, {}),
  setAttendance: (p: MeetingIds & { user: number }, status: AttendanceStatus) =>
    call<Attendance>('PUT', '/api/v1/districts/{district}/bodies/{body}/meetings/{meeting}/attendance/{user}', p,
      { status }),
  writeMinutes: (p: MeetingIds, minutes: string) =>
    call<Meeting>('PUT', '/api/v1/districts/{district}/bodies/{body}/meetings/{meeting}/minutes', p, { minutes }),

  createCalendarFeed: (district: number) =>
    call<{ url: string }>('POST', '/api/v1/districts/{district}/me/calendar-feed', { district }, {}),
  revokeCalendarFeed: (district: number) =>
    call<void>('DELETE', '/api/v1/districts/{district}/me/calendar-feed', { district }),

  issues: (district: number, body: number) =>
    call<Page<IssueSummary>>('GET', '/api/v1/districts/{district}/issues', { district }, undefined,
      { body, limit: 200 }),
  decisions: (district: number, body: number) =>
    call<Page<DecisionSummary>>('GET', '/api/v1/districts/{district}/decisions', { district }, undefined,
      { body, limit: 200 }),
  proposeDecision: (district: number, input: DecisionInput) =>
    call<DecisionSummary>('POST', '/api/v1/districts/{district}/decisions', { district }, input),
  actionItems: (district: number, body: number) => actionsApi.list(district, { body }),
  overdueActionItems: (district: number, body: number) => actionsApi.list(district, { body, overdue: true }),
  createActionItem: actionsApi.create,
};

// The meeting's server-sent events (GET …/meetings/{meeting}/events), for an EventSource.
export function meetingEventsUrl(p: MeetingIds): string {
  return `/api/v1/districts/${p.district}/bodies/${p.body}/meetings/${p.meeting}/events`;
}

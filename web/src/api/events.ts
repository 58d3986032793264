// Network events: conferences and retreats, district teams, the pledge, the action plan,
// follow-up check-ins, the post-event survey and the organizers' dashboard.
import { call } from './client';
import type { Side } from './types';

export type EventKind = 'conference' | 'retreat';
export type TeamStatus = 'registered' | 'waitlisted' | 'withdrawn';
export type GoalStatus = 'not_started' | 'in_progress' | 'done' | 'stalled';
export type CheckInState = 'reported' | 'upcoming' | 'due' | 'overdue';
export const milestones = [30, 90, 180] as const;
export const goalStatuses: GoalStatus[] = ['not_started', 'in_progress', 'done', 'stalled'];
export const surveyItems = ['overall', 'sessions', 'peer_learning', 'action_planning'] as const;

export interface NetworkEvent {
  id: number;
  title: string;
  kind: EventKind;
  starts_on: string;
  ends_on: string;
  place: string;
  description: string;
  team_capacity: number;
  pledge: string;
  registration_open: boolean;
  created_at: number;
  updated_at: number;
}
export interface EventInput {
  title?: string;
  kind?: EventKind;
  starts_on?: string;
  ends_on?: string;
  place?: string;
  description?: string;
  team_capacity?: number;
  pledge?: string;
  registration_open?: boolean;
  organizer_emails?: string[];
}
export interface Organizer { user_id: number; name: string; email: string }
export interface EventSession {
  id: number;
  title: string;
  starts_at: string;
  room: string;
  presenters: { district_id: number; name: string }[];
}
export interface TeamMember { user_id: number; name: string; role: string; side: Side; signed_at: number | null }
export interface Team {
  id: number;
  event_id: number;
  district_id: number;
  district_name: string;
  status: TeamStatus;
  waitlist_position: number | null;
  fully_signed: boolean;
  members: TeamMember[];
  created_at: number;
}
export interface EventView extends NetworkEvent {
  organizers: Organizer[];
  sessions: EventSession[];
  registered_teams: number;
  waitlisted_teams: number;
  my_teams: Team[];
  may_manage: boolean;
  is_organizer: boolean;
}
export interface PlanGoal {
  id: number;
  text: string;
  owner_id: number;
  owner_name: string;
  due_date: string;
  action_item_id: number | null;
}
export interface GoalProgress { goal_id: number; status: GoalStatus; note: string }
export interface CheckIn {
  id: number;
  milestone: number;
  reported_by: number;
  reporter_name: string;
  reported_at: number;
  progress: GoalProgress[];
}
export interface TeamView extends Team {
  goals: PlanGoal[];
  check_ins: CheckIn[];
  check_in_schedule: { milestone: number; due_on: string }[];
  on_team: boolean;
  may_work: boolean;
}
export interface CheckInStatus { milestone: number; due_on: string; state: CheckInState; reported_at: number | null }
export interface DashboardTeam extends Team { goals: number; brought_home: number; check_ins: CheckInStatus[] }
export interface CheckInDue extends CheckInStatus {
  event_id: number;
  event_title: string;
  team_id: number;
  district_id: number;
  district_name: string;
}
export type EventSurveyStatus = 'scheduled' | 'open' | 'closed';
// Until the survey closes (14 days after the event), only its status and the count.
export interface SurveyResults {
  status: EventSurveyStatus;
  closes_on: string;
  responses: number;
  minimum: number;
  shown: boolean;
  items: { item: string; average: number; counts: number[] }[];
  comments: string[];
}

export const eventsApi = {
  list: () => call<{ items: NetworkEvent[] }>('GET', '/api/v1/events'),
  create: (input: EventInput) => call<NetworkEvent>('POST', '/api/v1/events', {}, input),
  get: (event: number) => call<EventView>('GET', '/api/v1/events/{event}', { event }),
  update: (event: number, input: EventInput) => call<NetworkEvent>('PATCH', '/api/v1/events/{event}', { event }, input),
  addOrganizer: (event: number, email: string) =>
    call<{ items: Organizer[] }>('POST', '/api/v1/events/{event}/organizers', { event }, { email }),
  removeOrganizer: (event: number, user: number) =>
    call<{ items: Organizer[] }>('DELETE', '/api/v1/events/{event}/organizers/{user}', { event, user }),
  addSession: (event: number, input: { title: string; starts_at: string; room: string; presenting_district_ids: number[] }) =>
    call<EventSession>('POST', '/api/v1/events/{event}/sessions', { event }, input),
  updateSession: (event: number, session: number, input: { title?: string; starts_at?: string; room?: string }) =>
    call<EventSession>('PATCH', '/api/v1/events/{event}/sessions/{session}', { event, session }, input),
  removeSession: (event: number, session: number) =>
    call<void>('DELETE', '/api/v1/events/{event}/sessions/{session}', { event, session }),
  register: (event: number, district_id: number, member_ids: number[]) =>
    call<Team>('POST', '/api/v1/events/{event}/teams', { event }, { district_id, member_ids }),
  team: (event: number, team: number) => call<TeamView>('GET', '/api/v1/events/{event}/teams/{team}', { event, team }),
  withdraw: (event: number, team: number) =>
    call<Team>('POST', '/api/v1/events/{event}/teams/{team}/withdraw', { event, team }, {}),
  signPledge: (event: number, team: number) =>
    call<Team>('POST', '/api/v1/events/{event}/teams/{team}/pledge', { event, team }, {}),
  addGoal: (event: number, team: number, goal: { text: string; owner_id: number; due_date: string }) =>
    call<PlanGoal>('POST', '/api/v1/events/{event}/teams/{team}/goals', { event, team }, goal),
  updateGoal: (event: number, team: number, goal: number, input: { text?: string; owner_id?: number; due_date?: string }) =>
    call<PlanGoal>('PATCH', '/api/v1/events/{event}/teams/{team}/goals/{goal}', { event, team, goal }, input),
  removeGoal: (event: number, team: number, goal: number) =>
    call<void>('DELETE', '/api/v1/events/{event}/teams/{team}/goals/{goal}', { event, team, goal }),
  bringHome: (event: number, team: number, body_id?: number) =>
    call<{ items: PlanGoal[] }>('POST', '/api/v1/events/{event}/teams/{team}/bring-home', { event, team },
      body_id ? { body_id } : {}),
  reportCheckIn: (event: number, team: number, milestone: number, progress: GoalProgress[]) =>
    call<CheckIn>('POST', '/api/v1/events/{event}/teams/{team}/check-ins', { event, team }, { milestone, progress }),
  dashboard: (event: number) =>
    call<{ on: string; teams: DashboardTeam[] }>('GET', '/api/v1/events/{event}/dashboard', { event }),
  answerSurvey: (event: number, answers: Record<string, number>, comment: string) =>
    call<{ answered: boolean }>('POST', '/api/v1/events/{event}/survey', { event }, { answers, comment }),
  surveyResults: (event: number) => call<SurveyResults>('GET', '/api/v1/events/{event}/survey/results', { event }),
  checkInsDue: () => call<{ on: string; items: CheckInDue[] }>('GET', '/api/v1/me/check-ins-due'),
};

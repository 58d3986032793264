// The district home page: what needs the signed-in person, in one request.
import { call } from './client';

export interface DashboardMeeting {
  body_id: number;
  body_name: string;
  series_id: number;
  date: string;
  // Local wall time, YYYY-MM-DDTHH:MM.
  start: string;
  location: string;
  meeting_id: number | null;
  agenda_items: number;
  agenda_approved: boolean;
  my_approval_needed: boolean;
}
export interface Dashboard {
  today: string;
  next_meetings: DashboardMeeting[];
  issues_by_step: { step: string; count: number }[];
  awaiting_my_stance: { id: number; title: string; body_id: number; body_name: string; closes_at: number | null }[];
  // Issues whose other side has said it is ready to move on, waiting for mine.
  ready_requests: {
    issue_id: number; title: string; step: string; body_id: number; body_name: string;
    ready_side: 'labor' | 'management'; ready_name: string; ready_at: number;
  }[];
  overdue_actions: {
    id: number;
    title: string;
    owner_id: number;
    owner_name: string;
    due_date: string;
    body_id: number | null;
    mine: boolean;
  }[];
  charters_to_sign: { body_id: number; body_name: string; version_id: number; number: number }[];
  communications_to_sign: { id: number; title: string }[];
  unread_communications: { id: number; title: string }[];
  // Set while the person, a new co-chair, has not marked the partnership handbook read.
  handbook_to_read?: { since: number } | null;
}

export const dashboardApi = {
  get: (district: number) => call<Dashboard>('GET', '/api/v1/districts/{district}/dashboard', { district }),
};

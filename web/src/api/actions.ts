// Action items: owner, due date, status; overdue ones surface on the home page and at meetings.
import { call } from './client';
import type { Page } from './types';

export type ActionStatus = 'open' | 'in_progress' | 'done' | 'dropped';
export const actionStatuses: ActionStatus[] = ['open', 'in_progress', 'done', 'dropped'];

export interface ActionItem {
  id: number;
  district_id: number;
  title: string;
  owner_id: number;
  owner_name: string;
  due_date: string;
  status: ActionStatus;
  overdue: boolean;
  body_id: number | null;
  meeting_id: number | null;
  issue_id: number | null;
  decision_id: number | null;
  created_by: number;
  created_at: number;
  updated_at: number;
}

export interface ActionItemInput {
  title?: string;
  owner_id?: number;
  due_date?: string;
  status?: ActionStatus;
  body_id?: number | null;
  meeting_id?: number | null;
  issue_id?: number | null;
  decision_id?: number | null;
}

// Empty values mean "any": owner is 'me' or a user id.
export interface ActionFilter {
  owner?: string;
  body?: number;
  status?: ActionStatus | '';
  overdue?: boolean;
  decision?: number; // the items that carry out this decision
}

export const actionsApi = {
  list: (district: number, filter: ActionFilter, cursor = '') =>
    call<Page<ActionItem>>('GET', '/api/v1/districts/{district}/action-items', { district }, undefined, {
      owner: filter.owner ?? '',
      body: filter.body ?? '',
      status: filter.status ?? '',
      overdue: filter.overdue ? 'true' : '',
      decision: filter.decision ?? '',
      limit: 100,
      cursor,
    }),
  get: (district: number, item: number) =>
    call<ActionItem>('GET', '/api/v1/districts/{district}/action-items/{item}', { district, item }),
  create: (district: number, input: ActionItemInput) =>
    call<ActionItem>('POST', '/api/v1/districts/{district}/action-items', { district }, input),
  update: (district: number, item: number, changes: ActionItemInput) =>
    call<ActionItem>('PATCH', '/api/v1/districts/{district}/action-items/{item}', { district, item }, changes),
};

// The API of interest-based issues: raising, the FMCS steps, interests, options, criteria, scores
// and the chosen solution.
import { call } from './client';
import type { Page } from './types';

export type IssueStep =
  | 'focus' | 'interests' | 'options' | 'criteria' | 'scoring' | 'solution' | 'agreement' | 'withdrawn' | 'referred';
export type InterestSide = 'labor' | 'management' | 'shared';

// The steps in order; withdrawn and referred end an issue from any open step.
export const issueSteps: IssueStep[] = ['focus', 'interests', 'options', 'criteria', 'scoring', 'solution', 'agreement'];

export interface Issue {
  id: number;
  district_id: number;
  body_id: number;
  raised_by: number;
  raised_by_name: string;
  title: string;
  description: string;
  confidential: boolean;
  references: string[];
  step: IssueStep;
  step_note: string | null;
  solution: { option_id: number; text: string } | null;
  decision_id: number | null;
  created_at: number;
  updated_at: number;
}
export interface IssueItem {
  id: number;
  text: string;
  author_id: number;
  created_at: number;
  side?: InterestSide;
  weight?: number;
}
export interface ScoreMatrix {
  criteria: { id: number; text: string; weight: number }[];
  rows: { option_id: number; option: string; scores: (number | null)[]; weighted_total: number; unscored: number }[];
}
export interface IssueView extends Issue {
  interests: IssueItem[];
  options: IssueItem[];
  criteria: IssueItem[];
  matrix: ScoreMatrix;
  // The sides that said they are ready to leave the current step (a body that waits for both sides).
  ready: { side: 'labor' | 'management'; user_id: number; name: string; at: number }[];
}
export interface NewIssue {
  body_id: number;
  title: string;
  description: string;
  confidential: boolean;
  references: string[];
}
export interface IssueFilter {
  body?: number;
  step?: IssueStep;
}

export const issuesApi = {
  list: (district: number, filter: IssueFilter = {}, cursor = '') =>
    call<Page<Issue>>('GET', '/api/v1/districts/{district}/issues', { district }, undefined, {
      body: filter.body ?? '', step: filter.step ?? '', limit: 200, cursor,
    }),
  raise: (district: number, input: NewIssue) =>
    call<Issue>('POST', '/api/v1/districts/{district}/issues', { district }, input),
  get: (district: number, issue: number) =>
    call<IssueView>('GET', '/api/v1/districts/{district}/issues/{issue}', { district, issue }),
  move: (district: number, issue: number, step: IssueStep, note?: string) =>
    call<Issue>('POST', '/api/v1/districts/{district}/issues/{issue}/step', { district, issue }, { step, note }),
  addInterest: (district: number, issue: number, text: string, side: InterestSide) =>
    call<IssueItem>('POST', '/api/v1/districts/{district}/issues/{issue}/interests', { district, issue }, { text, side }),
  addOption: (district: number, issue: number, text: string) =>
    call<IssueItem>('POST', '/api/v1/districts/{district}/issues/{issue}/options', { district, issue }, { text }),
  addCriterion: (district: number, issue: number, text: string, weight: number) =>
    call<IssueItem>('POST', '/api/v1/districts/{district}/issues/{issue}/criteria', { district, issue }, { text, weight }),
  score: (district: number, issue: number, option_id: number, criterion_id: number, score: number) =>
    call<ScoreMatrix>('POST', '/api/v1/districts/{district}/issues/{issue}/scores', { district, issue },
      { option_id, criterion_id, score }),
  matrix: (district: number, issue: number) =>
    call<ScoreMatrix>('GET', '/api/v1/districts/{district}/issues/{issue}/matrix', { district, issue }),
  chooseSolution: (district: number, issue: number, option_id: number, text: string) =>
    call<Issue>('POST', '/api/v1/districts/{district}/issues/{issue}/solution', { district, issue }, { option_id, text }),
};

// Every issue matching a filter, following the pages (for the counts by step).
export async function allIssues(district: number, filter: IssueFilter = {}): Promise<Issue[]> {
  const out: Issue[] = [];
  let cursor = '';
  do {
    const page = await issuesApi.list(district, filter, cursor);
    out.push(...page.items);
    cursor = page.next_cursor ?? '';
  } while (cursor);
  return out;
}

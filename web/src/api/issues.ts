// The API of interest-based issues: raising, the FMCS steps, interests, options, criteria, scores
// and the chosen solution.
import { ApiError, call } from './client';
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
// A scored cell: the score, who set it and when.
export interface ScoredCell {
  score: number;
  scored_by: number;
  scored_by_name: string;
  scored_at: number;
}
export interface ScoreMatrix {
  criteria: { id: number; text: string; weight: number }[];
  rows: {
    option_id: number;
    option: string;
    scores: (number | null)[];
    cells: (ScoredCell | null)[]; // the same scores with who set them, in the criteria's order
    weighted_total: number;
    unscored: number;
  }[];
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
  // `expected_score` is what the person saw in the cell (null: unscored); see changedMeanwhile().
  score: (district: number, issue: number, option_id: number, criterion_id: number, score: number,
    expected_score: number | null) =>
    call<ScoreMatrix>('POST', '/api/v1/districts/{district}/issues/{issue}/scores', { district, issue },
      { option_id, criterion_id, score, expected_score }),
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

// The cell as it is now, when a score was refused because someone else changed the cell after the
// person looked (409 naming expected_score); null for any other error.
export function changedMeanwhile(err: unknown): ScoredCell | null {
  if (!(err instanceof ApiError) || err.status !== 409 || err.field !== 'expected_score') return null;
  return (err.details.current as ScoredCell | undefined) ?? null;
}

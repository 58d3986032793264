// The API of proposals decided under a body's rule with both sides' consent, and of the
// district's tamper-evident decision log.
import { call } from './client';
import type { Page } from './types';

export type DecisionStatus = 'open' | 'adopted' | 'no_consent';
export type StanceKind = 'agree' | 'stand_aside' | 'block' | 'abstain';
export type Participation = 'informed' | 'consulted' | 'joint';

export interface Decision {
  id: number;
  district_id: number;
  body_id: number;
  issue_id: number | null;
  confidential: boolean;
  title: string;
  text: string;
  proposed_by: number;
  proposed_by_name: string;
  status: DecisionStatus;
  deadline: number;
  links: { issue_id: number | null; articles: string[]; metrics: string[] };
  effective_at: number | null;
  review_at: number | null;
  participation: Participation;
  fallback: string | null;
  created_at: number;
  closed_at: number | null;
}
export interface SideTally {
  voters: number;
  cast: number;
  agree: number;
  stand_aside: number;
  block: number;
  abstain: number;
  low_votes: number;
  quorum: number;
  quorum_met: boolean;
  consents: boolean;
  needed: string[];
  needs: Need[];
}
// Something still needed for consent (see the Need schema in docs/openapi.json).
export interface Need {
  code: 'quorum' | 'agree' | 'withdraw_blocks' | 'raise_low_votes' | 'side_majority' | 'supermajority' | 'majority';
  count: number;
  of: number;
  out_of: number;
}
export interface StanceView {
  user_id: number;
  name: string;
  side: 'labor' | 'management';
  stance: StanceKind;
  vote: number | null;
  reason: string;
  at: number;
}
export interface DecisionView extends Decision {
  stances: StanceView[];
  tally: {
    labor: SideTally;
    management: SideTally;
    total_agree: number;
    total_votes: number;
    needed: string[];
    needs: Need[];
    consent_reached: boolean;
    complete: boolean;
  };
}
// Either issue_id (an issue at the solution step) or body_id, title and text.
export interface NewDecision {
  issue_id?: number;
  body_id?: number;
  title?: string;
  text?: string;
  deadline: number;
  articles?: string[];
  metrics?: string[];
  effective_at?: number;
  review_at?: number;
  participation?: Participation;
}
export interface StanceInput {
  stance?: StanceKind;
  vote?: number;
  reason?: string;
}
export interface LogEntry {
  id: number;
  seq: number;
  decision_id: number;
  entry: {
    outcome?: DecisionStatus;
    rule?: string;
    title?: string;
    closed_at?: number | null;
    confidential?: boolean;
    body_id?: number;
  } | null;
  canonical: string | null;
  sealed: boolean;
  withheld: boolean;
  content_hash: string;
  prev_hash: string;
  hash: string;
}
export interface ChainCheck {
  ok: boolean;
  entries: number;
  first_bad_seq: number | null;
  reason: string | null;
  head_hash: string | null;
}

export const decisionsApi = {
  list: (district: number, filter: { body?: number; status?: DecisionStatus } = {}, cursor = '') =>
    call<Page<Decision>>('GET', '/api/v1/districts/{district}/decisions', { district }, undefined, {
      body: filter.body ?? '', status: filter.status ?? '', limit: 200, cursor,
    }),
  propose: (district: number, input: NewDecision) =>
    call<Decision>('POST', '/api/v1/districts/{district}/decisions', { district }, input),
  get: (district: number, decision: number) =>
    call<DecisionView>('GET', '/api/v1/districts/{district}/decisions/{decision}', { district, decision }),
  takeStance: (district: number, decision: number, input: StanceInput) =>
    call<DecisionView>('POST', '/api/v1/districts/{district}/decisions/{decision}/stances', { district, decision }, input),
  log: (district: number, cursor = '') =>
    call<Page<LogEntry>>('GET', '/api/v1/districts/{district}/decision-log', { district }, undefined, { limit: 200, cursor }),
  verifyLog: (district: number) =>
    call<ChainCheck>('GET', '/api/v1/districts/{district}/decision-log/verify', { district }),
};

// Every decision matching a filter, following the pages.
export async function allDecisions(district: number, filter: { body?: number; status?: DecisionStatus } = {}) {
  const out: Decision[] = [];
  let cursor = '';
  do {
    const page = await decisionsApi.list(district, filter, cursor);
    out.push(...page.items);
    cursor = page.next_cursor ?? '';
  } while (cursor);
  return out;
}

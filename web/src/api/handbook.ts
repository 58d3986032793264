// The partnership handbook: charter, bodies, decisions, timeline, outcomes, open commitments.
import { call } from './client';
import type { Metric } from './outcomes';

export interface HandbookPerson {
  id: number;
  name: string;
}
export interface HandbookCharter {
  id: number;
  number: number;
  mission: string;
  principles: string[];
  norms: string[];
  review_date: string;
  effective_at: number | null;
  signers: { user_id: number; name: string; side: string; signed_at: number | null }[];
}
export interface HandbookBody {
  id: number;
  name: string;
  level: string;
  school: string | null;
  rule: string;
  created_at: number;
  labor_co_chair: HandbookPerson | null;
  management_co_chair: HandbookPerson | null;
  charter: HandbookCharter | null;
  charter_review_due: boolean;
}
export type MilestoneType =
  | 'body_created' | 'charter_in_force' | 'decision_adopted' | 'co_chair_appointed' | 'charter_review_opened';
export interface Milestone {
  type: MilestoneType;
  at: number;
  body_id: number | null;
  body_name: string;
  subject_id: number;
  title: string;
  number: number | null;
  side: 'labor' | 'management' | null;
}
export interface HandbookOutcome {
  metric: Omit<Metric, 'built_in'>;
  points: { year: number; district: number | null; state: number | null }[];
}
export interface Handbook {
  district: { id: number; name: string; state: string };
  generated_on: string;
  bodies: HandbookBody[];
  decisions: {
    id: number;
    body_id: number;
    title: string;
    text: string;
    articles: string[];
    metrics: string[];
    adopted_at: number;
    effective_at: number | null;
    review_at: number | null;
  }[];
  timeline: Milestone[];
  outcomes: HandbookOutcome[];
  commitments: {
    id: number;
    title: string;
    owner_id: number;
    owner_name: string;
    due_date: string;
    status: 'open' | 'in_progress';
    body_id: number | null;
  }[];
}

export const handbookApi = {
  get: (district: number) => call<Handbook>('GET', '/api/v1/districts/{district}/handbook', { district }),
  markRead: (district: number) =>
    call<{ read_at: number }>('POST', '/api/v1/districts/{district}/handbook/read', { district }, {}),
};

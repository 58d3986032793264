// The practice library: practices a district publishes to the network once both sides' co-chairs
// have signed, full-text search, adoption into one's own district, peer districts (docs/network.md).
import { call } from './client';
import type { Page } from './types';

export type PracticeState = 'draft' | 'published';
export type SizeBand = 'small' | 'medium' | 'large' | 'very_large';
export const sizeBands: SizeBand[] = ['small', 'medium', 'large', 'very_large'];

export interface EvidenceSpan {
  metric_key: string;
  from_year: number;
  to_year: number;
}
export interface PracticeDistrict {
  id: number;
  name: string;
  state?: string;
}
export interface Practice {
  id: number;
  district: PracticeDistrict;
  title: string;
  summary: string;
  body: string;
  problem: string;
  contact: string;
  tags: string[];
  state: PracticeState;
  public: boolean;
  published_at: number | null;
  adoptions: number;
  labor_signed: boolean;
  management_signed: boolean;
  // Only for members of the practice's own district.
  decision_id?: number | null;
  labor_signoff_by?: number | null;
  management_signoff_by?: number | null;
  evidence?: EvidenceSpan[];
}
export interface SnippetSegment {
  text: string;
  match: boolean;
}
export interface PracticeHit {
  id: number;
  district: PracticeDistrict;
  title: string;
  summary: string;
  tags: string[];
  state: PracticeState;
  public: boolean;
  published_at: number | null;
  adoptions: number;
  snippet: SnippetSegment[];
}
export interface EvidenceView extends EvidenceSpan {
  name_en: string;
  name_es: string;
  unit: string;
  from_value: number | null;
  to_value: number | null;
  change: number | null;
}
export interface AdopterChange {
  district: PracticeDistrict;
  metric_key: string;
  from_year: number;
  to_year: number;
  from_value: number;
  to_value: number;
  change: number;
}
export interface PracticeView extends Omit<Practice, 'evidence'> {
  html: string;
  evidence: EvidenceView[];
  adopter_changes: AdopterChange[];
  // For a signed-in reader only (not on the public page).
  following?: boolean;
  followers?: number;
}
export interface FollowState {
  following: boolean;
  followers: number;
}
// A practice the signed-in person follows, with its latest change: its publication, or an adoption
// by a district the person does not belong to.
export interface FollowedPractice {
  id: number;
  title: string;
  district: PracticeDistrict;
  state: PracticeState;
  published_at: number | null;
  adoptions: number;
  followed_at: number;
  last_change_at: number | null;
  updated_since_followed: boolean;
}
export interface PracticeInput {
  title?: string;
  summary?: string;
  body?: string;
  problem?: string;
  contact?: string;
  tags?: string[];
  evidence?: EvidenceSpan[];
  public?: boolean;
  decision_id?: number;
}
export interface SearchQuery {
  q?: string;
  tag?: string;
  state?: PracticeState | '';
  size?: SizeBand | '';
  metric?: string;
  district?: number | '';
  cursor?: string;
}
export interface Adoption {
  id: number;
  practice_id: number;
  district_id: number;
  issue_id: number | null;
  share_outcomes: boolean;
  adopted_at: number;
}
export interface PeerDistrict {
  district: PracticeDistrict;
  size: SizeBand | null;
  rank: number;
  closeness: 'very_close' | 'close' | 'distant';
  shared_figures: number;
  practices: { id: number; title: string }[];
}
export interface Peers {
  items: PeerDistrict[];
  missing: string[];
}

const searchParams = (query: SearchQuery) => ({
  q: query.q ?? '', tag: query.tag ?? '', state: query.state ?? '', size: query.size ?? '', metric: query.metric ?? '',
  district: query.district ?? '', cursor: query.cursor ?? '', limit: 20,
});

export const practicesApi = {
  search: (query: SearchQuery) =>
    call<Page<PracticeHit>>('GET', '/api/v1/practices', {}, undefined, searchParams(query)),
  get: (practice: number) => call<PracticeView>('GET', '/api/v1/practices/{practice}', { practice }),
  publicGet: (practice: number) => call<PracticeView>('GET', '/api/v1/public/practices/{practice}', { practice }),
  adopt: (practice: number, input: { district_id: number; body_id: number; share_outcomes: boolean }) =>
    call<Adoption>('POST', '/api/v1/practices/{practice}/adoptions', { practice }, input),
  ofDistrict: (district: number, cursor = '') =>
    call<Page<Practice>>('GET', '/api/v1/districts/{district}/practices', { district }, undefined, { limit: 200, cursor }),
  create: (district: number, input: PracticeInput) =>
    call<Practice>('POST', '/api/v1/districts/{district}/practices', { district }, input),
  update: (district: number, practice: number, input: PracticeInput) =>
    call<Practice>('PATCH', '/api/v1/districts/{district}/practices/{practice}', { district, practice }, input),
  signOff: (district: number, practice: number) =>
    call<Practice>('POST', '/api/v1/districts/{district}/practices/{practice}/sign-offs', { district, practice }, {}),
  peers: (district: number) => call<Peers>('GET', '/api/v1/districts/{district}/peers', { district }),
  follow: (practice: number) => call<FollowState>('PUT', '/api/v1/practices/{practice}/follow', { practice }),
  unfollow: (practice: number) => call<FollowState>('DELETE', '/api/v1/practices/{practice}/follow', { practice }),
  followed: () =>
    call<Page<FollowedPractice>>('GET', '/api/v1/me/followed-practices', {}, undefined, { limit: 200 }),
};

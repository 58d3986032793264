// The API of a body's yearly self-check of collaborative structures and its maturity level
// (docs/self-check.md).
import { call } from './client';

export type Rating = 'not_existing' | 'being_discussed' | 'being_developed' | 'implemented';
// In order: each further along than the one before.
export const ratings: Rating[] = ['not_existing', 'being_discussed', 'being_developed', 'implemented'];

export interface MaturityLevel {
  level: number;
  code: 'beginning' | 'exploring' | 'developing' | 'established' | 'sustaining';
  name_en: string;
  name_es: string;
}
export interface MaturityCriterion {
  code: string;
  level: number;
  text_en: string;
  text_es: string;
}
export interface Maturity extends MaturityLevel {
  met: MaturityCriterion[];
  next: (MaturityLevel & { missing: MaturityCriterion[] }) | null;
}
export interface SelfCheckSummary {
  id: number | null;
  body_id: number;
  year: number;
  started: boolean;
  updated_at: number | null;
  rated: number;
  counts: Record<Rating, number>;
  maturity: Maturity;
}
export interface StructureRating {
  code: string;
  name_en: string;
  name_es: string;
  rating: Rating | null;
  note: string;
  changed_by: number | null;
  changed_by_name: string | null;
  changed_at: number | null;
}
export interface SelfCheck extends SelfCheckSummary {
  structures: StructureRating[];
}
export interface SelfCheckHistory {
  items: SelfCheckSummary[];
  levels: MaturityLevel[];
}
// Per structure code: a rating (required for a structure not rated yet) and/or a note (null or
// empty removes it); structures left out stay as they are.
export type RatingChanges = Record<string, { rating?: Rating; note?: string | null }>;

export const selfChecksApi = {
  history: (district: number, body: number) =>
    call<SelfCheckHistory>('GET', '/api/v1/districts/{district}/bodies/{body}/self-checks', { district, body }),
  year: (district: number, body: number, year: number) =>
    call<SelfCheck>('GET', '/api/v1/districts/{district}/bodies/{body}/self-checks/{year}', { district, body, year }),
  rate: (district: number, body: number, year: number, changes: RatingChanges) =>
    call<SelfCheck>('PATCH', '/api/v1/districts/{district}/bodies/{body}/self-checks/{year}', { district, body, year },
      { ratings: changes }),
};

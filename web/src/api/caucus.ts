// The API of caucus notes: each side's private notes on an issue, decision or meeting.
import { call } from './client';
import type { Page } from './types';

export type CaucusSubjectType = 'issue' | 'decision' | 'meeting';

export interface CaucusNote {
  id: number;
  body_id: number;
  side: 'labor' | 'management';
  author_id: number;
  author_name: string;
  subject_type: CaucusSubjectType;
  subject_id: number;
  text: string;
  created_at: number;
}
export interface CaucusSubject {
  type: CaucusSubjectType;
  id: number;
  bodyId?: number; // required for a meeting
}

export const caucusApi = {
  list: (district: number, subject: CaucusSubject, cursor = '') =>
    call<Page<CaucusNote>>('GET', '/api/v1/districts/{district}/caucus-notes', { district }, undefined, {
      subject_type: subject.type, subject_id: subject.id, body: subject.bodyId ?? '', limit: 200, cursor,
    }),
  add: (district: number, subject: CaucusSubject, text: string) =>
    call<CaucusNote>('POST', '/api/v1/districts/{district}/caucus-notes', { district }, {
      subject_type: subject.type, subject_id: subject.id, body_id: subject.bodyId, text,
    }),
};

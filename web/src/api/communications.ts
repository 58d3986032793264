// Joint communications to all staff: drafted by either side, published once both co-chairs sign.
import { call } from './client';
import type { Page } from './types';

export interface CommunicationSignature {
  user_id: number;
  name: string;
  side: 'labor' | 'management';
  signed_at: number;
}
export interface CommunicationReader {
  user_id: number;
  name: string;
  read_at: number;
}
export interface Communication {
  id: number;
  district_id: number;
  body_id: number;
  title: string;
  text: string;
  status: 'draft' | 'published';
  signatures: CommunicationSignature[];
  created_by: number;
  created_at: number;
  updated_at: number;
  published_at: number | null;
  read_by_me: boolean;
  // Only the body's co-chairs see who has read it.
  readers: CommunicationReader[] | null;
  read_count: number | null;
}

export const communicationsApi = {
  list: (district: number, cursor = '') =>
    call<Page<Communication>>('GET', '/api/v1/districts/{district}/communications', { district }, undefined, {
      limit: 100,
      cursor,
    }),
  get: (district: number, communication: number) =>
    call<Communication>('GET', '/api/v1/districts/{district}/communications/{communication}', {
      district,
      communication,
    }),
  draft: (district: number, input: { body_id: number; title: string; text: string }) =>
    call<Communication>('POST', '/api/v1/districts/{district}/communications', { district }, input),
  update: (district: number, communication: number, changes: { title?: string; text?: string }) =>
    call<Communication>('PATCH', '/api/v1/districts/{district}/communications/{communication}',
      { district, communication }, changes),
  sign: (district: number, communication: number) =>
    call<Communication>('POST', '/api/v1/districts/{district}/communications/{communication}/signatures',
      { district, communication }, {}),
  markRead: (district: number, communication: number) =>
    call<Communication>('POST', '/api/v1/districts/{district}/communications/{communication}/read',
      { district, communication }, {}),
};

// The API of discussions: the comment thread under an issue, a proposal, a meeting or a
// communication, and the live changes of such a subject.
import { call } from './client';
import type { Page } from './types';

export type CommentSubjectType = 'issue' | 'decision' | 'meeting' | 'communication';

export interface Comment {
  id: number;
  body_id: number;
  subject_type: CommentSubjectType;
  subject_id: number;
  author_id: number;
  author_name: string;
  text: string; // Markdown; empty once deleted
  mentions: { user_id: number; name: string }[];
  created_at: number;
  edited_at: number | null;
  deleted_at: number | null;
  deleted_by_name: string | null;
}

export interface CommentSubject {
  type: CommentSubjectType;
  id: number;
}

// How long after posting its author may change a comment (the server's rule).
export const commentEditSeconds = 15 * 60;

export const discussionApi = {
  list: (district: number, subject: CommentSubject, cursor = '') =>
    call<Page<Comment>>('GET', '/api/v1/districts/{district}/comments', { district }, undefined, {
      subject_type: subject.type, subject_id: subject.id, limit: 200, cursor,
    }),
  post: (district: number, subject: CommentSubject, text: string, mentions: number[]) =>
    call<Comment>('POST', '/api/v1/districts/{district}/comments', { district }, {
      subject_type: subject.type, subject_id: subject.id, text, mentions,
    }),
  edit: (district: number, comment: number, text: string, mentions: number[]) =>
    call<Comment>('PATCH', '/api/v1/districts/{district}/comments/{comment}', { district, comment }, { text, mentions }),
  remove: (district: number, comment: number) =>
    call<Comment>('DELETE', '/api/v1/districts/{district}/comments/{comment}', { district, comment }),
};

// The live changes of a subject (GET /api/v1/districts/{district}/live), for an EventSource.
export function subjectLiveUrl(district: number, subject: CommentSubject) {
  return `/api/v1/districts/${district}/live?subject_type=${subject.type}&subject_id=${subject.id}`;
}

// The typed client of the JSON API. Every call names its route exactly as docs/openapi.json
// does (a test checks each one against that document).
import type {
  AcceptedInvitation, AuditEntry, Body, BodyMember, BodyView, CharterVersion, CharterView, District, DistrictView, Invitation,
  Membership, MyInvitation, Page, Side, SignedIn, User,
} from './types';

export class ApiError extends Error {
  constructor(
    public status: number,
    public code: string,
    message: string,
    public field?: string,
    // The whole error object, for the few errors that say more (a score conflict's current cell).
    public details: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

let csrfToken = '';
export function setCsrfToken(token: string) {
  csrfToken = token;
}

export type Params = Record<string, string | number>;

// Area modules beside this file (meetings.ts, issues.ts, …) build their calls on this one.
export async function call<T>(method: string, route: string, params: Params = {}, body?: unknown, query?: Params): Promise<T> {
  let path = route.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(String(params[name])));
  if (query) {
    const q = new URLSearchParams();
    for (const [k, v] of Object.entries(query)) if (v !== '' && v !== undefined) q.set(k, String(v));
    const text = q.toString();
    if (text) path += `?${text}`;
  }
  const headers: Record<string, string> = {};
  // A file (a Blob) goes as it is, with its own type; anything else as JSON.
  const raw = body instanceof Blob;
  if (body !== undefined) headers['Content-Type'] = raw ? body.type || 'application/octet-stream' : 'application/json';
  if (method !== 'GET' && csrfToken) headers['X-CSRF-Token'] = csrfToken;
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      body: body === undefined ? undefined : raw ? body : JSON.stringify(body),
      credentials: 'same-origin',
    });
  } catch {
    throw new ApiError(0, 'network', 'network');
  }
  if (response.status === 204) return undefined as T;
  const data = await response.json().catch(() => ({}));
  if (!response.ok) {
    const e = data?.error ?? {};
    throw new ApiError(response.status, e.code ?? 'internal', e.message ?? response.statusText, e.field, e);
  }
  return data as T;
}

export const api = {
  logIn: (email: string, password: string) => call<SignedIn>('POST', '/api/v1/auth/login', {}, { email, password }),
  logOut: () => call<void>('POST', '/api/v1/auth/logout', {}, {}),
  me: () => call<SignedIn>('GET', '/api/v1/me'),
  updateMe: (changes: { name?: string; locale?: string }) => call<{ user: User }>('PATCH', '/api/v1/me', {}, changes),
  changePassword: (current_password: string, new_password: string) =>
    call<void>('POST', '/api/v1/me/password', {}, { current_password, new_password }),
  // A new account sends its password; an existing one accepts from its own session, without one.
  acceptInvitation: (token: string, password: string | undefined, locale: string) =>
    call<AcceptedInvitation>('POST', '/api/v1/invitations/accept', {}, { token, password, locale }),
  myInvitations: () => call<{ items: MyInvitation[] }>('GET', '/api/v1/me/invitations'),
  acceptMyInvitation: (invitation: number) =>
    call<{ district_id: number }>('POST', '/api/v1/me/invitations/{invitation}/accept', { invitation }, {}),
  declineMyInvitation: (invitation: number) =>
    call<void>('POST', '/api/v1/me/invitations/{invitation}/decline', { invitation }, {}),

  districts: (cursor = '') => call<Page<District>>('GET', '/api/v1/districts', {}, undefined, { cursor }),
  district: (district: number) => call<DistrictView>('GET', '/api/v1/districts/{district}', { district }),
  memberships: (district: number, cursor = '') =>
    call<Page<Membership>>('GET', '/api/v1/districts/{district}/memberships', { district }, undefined, {
      cursor,
      limit: 200,
    }),
  invite: (district: number, invitation: { email: string; name: string; side: Side; role: string }) =>
    call<Invitation>('POST', '/api/v1/districts/{district}/invitations', { district }, invitation),

  bodies: (district: number) =>
    call<Page<Body>>('GET', '/api/v1/districts/{district}/bodies', { district }, undefined, { limit: 200 }),
  body: (district: number, body: number) =>
    call<BodyView>('GET', '/api/v1/districts/{district}/bodies/{body}', { district, body }),
  createBody: (district: number, input: Partial<Body>) =>
    call<Body>('POST', '/api/v1/districts/{district}/bodies', { district }, input),
  updateBody: (district: number, body: number, input: Partial<Body>) =>
    call<Body>('PATCH', '/api/v1/districts/{district}/bodies/{body}', { district, body }, input),
  addBodyMember: (district: number, body: number, user_id: number, seat: string) =>
    call<BodyMember>('POST', '/api/v1/districts/{district}/bodies/{body}/members', { district, body }, { user_id, seat }),
  removeBodyMember: (district: number, body: number, user: number) =>
    call<void>('DELETE', '/api/v1/districts/{district}/bodies/{body}/members/{user}', { district, body, user }),
  setCoChair: (district: number, body: number, user_id: number) =>
    call<Body>('POST', '/api/v1/districts/{district}/bodies/{body}/co-chairs', { district, body }, { user_id }),

  charter: (district: number, body: number) =>
    call<CharterView>('GET', '/api/v1/districts/{district}/bodies/{body}/charter', { district, body }),
  charterVersions: (district: number, body: number) =>
    call<Page<CharterVersion>>('GET', '/api/v1/districts/{district}/bodies/{body}/charter/versions',
      { district, body }, undefined, { limit: 200 }),
  draftCharter: (district: number, body: number,
    input: { mission: string; principles: string[]; norms: string[]; review_date: string }) =>
    call<CharterVersion>('POST', '/api/v1/districts/{district}/bodies/{body}/charter/versions', { district, body }, input),
  signCharter: (district: number, body: number, version: number) =>
    call<CharterVersion>('POST', '/api/v1/districts/{district}/bodies/{body}/charter/versions/{version}/signatures',
      { district, body, version }, {}),

  audit: (district: number, cursor = '') =>
    call<Page<AuditEntry>>('GET', '/api/v1/districts/{district}/audit', { district }, undefined, { cursor }),
  networkAudit: (cursor = '') => call<Page<AuditEntry>>('GET', '/api/v1/network/audit', {}, undefined, { cursor }),
};

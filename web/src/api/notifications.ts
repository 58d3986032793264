// The signed-in person's notifications: the notification centre, and how each kind reaches them by email.
import { call } from './client';

export type NotificationKind =
  | 'proposal_stance' | 'issue_ready' | 'agenda_approval' | 'action_due' | 'check_in_due' | 'practice_update'
  | 'mention' | 'comment' | 'signature';
// In the order the account page shows them: the centre's own kinds first.
export const notificationKinds: NotificationKind[] = [
  'mention', 'comment', 'signature', 'proposal_stance', 'issue_ready', 'agenda_approval', 'action_due', 'check_in_due',
  'practice_update',
];
// mention, comment and signature are not in the daily digest: for them, digest means the centre only.
export const centreOnlyKinds: NotificationKind[] = ['mention', 'comment', 'signature'];
// The kinds of the notification centre, which alone may also go by email at once.
export const immediateKinds: NotificationKind[] = [
  'mention', 'comment', 'signature', 'proposal_stance', 'issue_ready', 'agenda_approval',
];

export type Delivery = 'digest' | 'immediately' | 'off';

export interface NotificationPreferences {
  email_enabled: boolean;
  digest_hour: number;
  kinds: Record<NotificationKind, boolean>;
  delivery: Record<NotificationKind, Delivery>;
}

export type CentreKind = 'mention' | 'comment' | 'issue_ready' | 'proposal_stance' | 'agenda_approval' | 'signature';

export interface Notification {
  id: number;
  kind: CentreKind;
  district_id: number;
  district_name: string;
  subject_type: 'issue' | 'decision' | 'meeting' | 'communication' | 'charter';
  subject_id: number;
  available: boolean;
  title: string | null;
  path: string | null;
  actor_name: string | null;
  created_at: number;
  read: boolean;
  read_at: number | null;
}

export interface NotificationPage {
  items: Notification[];
  next_cursor: string | null;
}

export const liveNotificationsUrl = '/api/v1/me/notifications/live';

export const notificationsApi = {
  get: () => call<NotificationPreferences>('GET', '/api/v1/me/notifications'),
  set: (delivery: Partial<Record<NotificationKind, Delivery>>) =>
    call<NotificationPreferences>('PATCH', '/api/v1/me/notifications', undefined, { delivery }),
  list: (cursor = '') =>
    call<NotificationPage>('GET', '/api/v1/me/notifications/items', undefined, undefined, { cursor }),
  unreadCount: () => call<{ unread: number }>('GET', '/api/v1/me/notifications/unread-count'),
  markRead: (id: number) =>
    call<{ unread: number }>('POST', '/api/v1/me/notifications/{notification}/read', { notification: id }, {}),
  markAllRead: () => call<{ unread: number }>('POST', '/api/v1/me/notifications/read-all', undefined, {}),
};

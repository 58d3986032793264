// Email notification preferences of the signed-in person.
import { call } from './client';

export type NotificationKind = 'proposal_stance' | 'issue_ready' | 'agenda_approval' | 'action_due' | 'check_in_due' | 'practice_update';
export const notificationKinds: NotificationKind[] = [
  'proposal_stance', 'issue_ready', 'agenda_approval', 'action_due', 'check_in_due', 'practice_update',
];

export interface NotificationPreferences {
  email_enabled: boolean;
  digest_hour: number;
  kinds: Record<NotificationKind, boolean>;
}

export const notificationsApi = {
  get: () => call<NotificationPreferences>('GET', '/api/v1/me/notifications'),
  set: (kinds: Partial<Record<NotificationKind, boolean>>) =>
    call<NotificationPreferences>('PATCH', '/api/v1/me/notifications', undefined, { kinds }),
};

import { useI18n } from '../i18n/i18n';
import { Link } from '../ui/components';
import { useUnreadCount } from './unread';
import './notification.css';

// The header's way to the notification centre, with the number not read yet.
export function NotificationBell(props: { current: boolean }) {
  const { t } = useI18n();
  const unread = useUnreadCount();
  const label = unread ? t('notification.bellUnread', { count: unread }) : t('notification.bell');
  return (
    <Link href="/notifications" class="bell" current={props.current} label={label}>
      <svg aria-hidden="true" focusable="false" viewBox="0 0 24 24" width="20" height="20">
        <path fill="currentColor"
          d="M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22Zm7-6V11a7 7 0 0 0-5.5-6.84V3a1.5 1.5 0 0 0-3 0v1.16A7 7 0 0 0 5 11v5l-2 2v1h18v-1l-2-2Z" />
      </svg>
      {unread ? <span class="bell-count" aria-hidden="true">{unread > 99 ? '99+' : unread}</span> : null}
    </Link>
  );
}

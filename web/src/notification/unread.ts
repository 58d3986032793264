import { useEffect, useState } from 'preact/hooks';
import { liveNotificationsUrl, notificationsApi } from '../api/notifications';
import { useLiveEvents } from '../ui/live';

// Every part of the page that shows notifications learns of a change through this event: the bell
// when its live stream says so, the centre when it marks some read.
const changed = 'accord:notifications';
export const announceNotifications = () => window.dispatchEvent(new Event(changed));

export function useNotificationChanges(onChange: () => void) {
  useEffect(() => {
    window.addEventListener(changed, onChange);
    return () => window.removeEventListener(changed, onChange);
  }, [onChange]);
}

// When the live stream cannot be held (the person has too many pages open), the count is asked for
// this often instead.
const pollMs = 30000;

// The signed-in person's unread count, kept current by their notifications' live stream.
export function useUnreadCount(): number | null {
  const [unread, setUnread] = useState<number | null>(null);
  const refresh = () => {
    notificationsApi.unreadCount().then((r) => setUnread(r.unread), () => {});
  };
  const state = useLiveEvents(liveNotificationsUrl, () => {
    refresh();
    announceNotifications();
  });
  useEffect(() => {
    refresh();
    if (state !== 'stopped') return undefined;
    const timer = window.setInterval(refresh, pollMs);
    return () => window.clearInterval(timer);
  }, [state]);
  return unread;
}

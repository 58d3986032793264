import { lazyPages } from '../ui/lazy';

const Pages = lazyPages(() => import('./pages'));

// The notification centre; null for another path. Its code is loaded when first needed.
export function notificationPage(path: string) {
  if (path !== '/notifications') return null;
  return <Pages render={(p) => <p.NotificationCentrePage />} />;
}

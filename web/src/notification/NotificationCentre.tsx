import { useCallback, useEffect, useState } from 'preact/hooks';
import { notificationsApi, type Notification } from '../api/notifications';
import { formatMoment } from '../i18n/format';
import type { MessageKey } from '../i18n/en';
import { useI18n, type Translate } from '../i18n/i18n';
import { ErrorMessage, Link, Loading, PageTitle, Status, useAction } from '../ui/components';
import { navigate } from '../ui/router';
import { announceNotifications, useNotificationChanges } from './unread';
import './notification.css';

// The notification in words, its subject's title set apart; null title: the reader no longer sees it.
function Sentence(props: { n: Notification; t: Translate }) {
  const { n, t } = props;
  if (!n.available || n.title === null) return <>{t('notification.unavailable')}</>;
  const key: MessageKey =
    n.kind === 'signature' && n.subject_type === 'charter' ? 'notification.charter_signature' : `notification.${n.kind}`;
  const [before, after] = t(key, { actor: n.actor_name ?? t('notification.someone') }).split('{title}');
  return <>{before}<em>{n.title}</em>{after}</>;
}

// Every notification of the signed-in person, newest first; opening one marks it read.
export function NotificationCentrePage() {
  const { t, locale } = useI18n();
  const [items, setItems] = useState<Notification[] | null>(null);
  const [next, setNext] = useState<string | null>(null);
  const [loadError, setLoadError] = useState<unknown>(null);
  const [allRead, setAllRead] = useState(false);
  const { error, busy, run } = useAction();
  const load = useCallback(() => {
    notificationsApi.list().then((page) => {
      setItems(page.items);
      setNext(page.next_cursor);
    }, setLoadError);
  }, []);
  useEffect(load, []);
  useNotificationChanges(load);
  const when = (at: number) => formatMoment(at, locale);

  const open = (n: Notification) => (e: MouseEvent) => {
    if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    run(async () => {
      if (!n.read) await notificationsApi.markRead(n.id);
      announceNotifications();
      if (n.path) navigate(n.path);
    });
  };
  const more = () =>
    run(async () => {
      const page = await notificationsApi.list(next ?? '');
      setItems((old) => [...(old ?? []), ...page.items]);
      setNext(page.next_cursor);
    });
  const markAll = () =>
    run(async () => {
      await notificationsApi.markAllRead();
      setAllRead(true);
      announceNotifications();
    });

  return (
    <>
      <PageTitle>{t('notification.title')}</PageTitle>
      <p>{t('notification.intro')}</p>
      <p><Link href="/account">{t('notification.settings')}</Link></p>
      {!items ? (
        <Loading error={loadError} />
      ) : items.length === 0 ? (
        <p>{t('notification.empty')}</p>
      ) : (
        <>
          <p>
            <button type="button" class="secondary" disabled={busy || items.every((n) => n.read)} onClick={markAll}>
              {t('notification.markAllRead')}
            </button>
          </p>
          {allRead && <Status>{t('notification.allRead')}</Status>}
          <ErrorMessage error={error} />
          <ul class="notifications">
            {items.map((n) => (
              <li key={n.id} class={n.read ? 'notification' : 'notification unread'}>
                {!n.read && <span class="notification-unread">{t('notification.unread')}</span>}
                {n.path ? (
                  <a href={n.path} onClick={open(n)}><Sentence n={n} t={t} /></a>
                ) : (
                  <span><Sentence n={n} t={t} /></span>
                )}
                <span class="notification-meta">{n.district_name} · <time dateTime={new Date(n.created_at * 1000).toISOString()}>{when(n.created_at)}</time></span>
              </li>
            ))}
          </ul>
          {next && <button type="button" class="secondary" disabled={busy} onClick={more}>{t('notification.more')}</button>}
        </>
      )}
    </>
  );
}

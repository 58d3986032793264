import { useEffect, useState } from 'preact/hooks';
import { notificationKinds, notificationsApi, type NotificationKind } from '../api/notifications';
import type { MessageKey } from '../i18n/en';
import { useI18n } from '../i18n/i18n';
import { ErrorMessage, Loading, Status, useAction, useLoad, type SubmitHandler } from '../ui/components';
import './handbook.css';

// The account page's section: which kinds of things the daily email digest tells the person.
export function NotificationPreferencesSection() {
  const { t } = useI18n();
  const { data, error: loadError } = useLoad(() => notificationsApi.get(), []);
  const [kinds, setKinds] = useState<Record<NotificationKind, boolean> | null>(null);
  const [saved, setSaved] = useState(false);
  const { error, busy, run } = useAction();
  useEffect(() => {
    if (data) setKinds(data.kinds);
  }, [data]);
  const save: SubmitHandler = (e) => {
    e.preventDefault();
    setSaved(false);
    if (!kinds) return;
    run(async () => {
      const answer = await notificationsApi.set(kinds);
      setKinds(answer.kinds);
      setSaved(true);
    });
  };
  return (
    <section aria-labelledby="notify-title" class="notify">
      <h2 id="notify-title">{t('notify.title')}</h2>
      {!data || !kinds ? (
        <Loading error={loadError} />
      ) : (
        <form onSubmit={save}>
          <fieldset>
            <legend>{t('notify.intro')}</legend>
            {!data.email_enabled && <p class="notify-off">{t('notify.off')}</p>}
            {notificationKinds.map((kind) => (
              <label key={kind} class="notify-kind">
                <input type="checkbox" checked={kinds[kind]}
                  onChange={(e) => { setSaved(false); setKinds({ ...kinds, [kind]: e.currentTarget.checked }); }} />
                {' '}{t(`notify.kind.${kind}` as MessageKey)}
              </label>
            ))}
          </fieldset>
          <ErrorMessage error={error} />
          {saved && <Status>{t('notify.saved')}</Status>}
          <button type="submit" disabled={busy}>{t('notify.save')}</button>
        </form>
      )}
    </section>
  );
}

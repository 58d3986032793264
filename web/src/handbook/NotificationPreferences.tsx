import { useEffect, useState } from 'preact/hooks';
import { centreOnlyKinds, immediateKinds, notificationKinds, notificationsApi, type Delivery, type NotificationKind } from '../api/notifications';
import type { MessageKey } from '../i18n/en';
import { useI18n } from '../i18n/i18n';
import { ErrorMessage, Loading, Status, useAction, useLoad, type SubmitHandler } from '../ui/components';
import './handbook.css';

// The account page's section: which kinds of things reach the person by email, and whether in the
// daily digest or at once.
export function NotificationPreferencesSection() {
  const { t } = useI18n();
  const { data, error: loadError } = useLoad(() => notificationsApi.get(), []);
  const [delivery, setDelivery] = useState<Record<NotificationKind, Delivery> | null>(null);
  const [saved, setSaved] = useState(false);
  const { error, busy, run } = useAction();
  useEffect(() => {
    if (data) setDelivery(data.delivery);
  }, [data]);
  const save: SubmitHandler = (e) => {
    e.preventDefault();
    setSaved(false);
    if (!delivery) return;
    run(async () => {
      const answer = await notificationsApi.set(delivery);
      setDelivery(answer.delivery);
      setSaved(true);
    });
  };
  const change = (kind: NotificationKind, how: Delivery) => {
    setSaved(false);
    setDelivery({ ...delivery!, [kind]: how });
  };
  return (
    <section aria-labelledby="notify-title" class="notify">
      <h2 id="notify-title">{t('notify.title')}</h2>
      {!data || !delivery ? (
        <Loading error={loadError} />
      ) : (
        <form onSubmit={save}>
          <fieldset>
            <legend>{t('notify.intro')}</legend>
            {!data.email_enabled && <p class="notify-off">{t('notify.off')}</p>}
            {notificationKinds.map((kind) => {
              const name = t(`notify.kind.${kind}` as MessageKey);
              const on = delivery[kind] !== 'off';
              return (
                <div key={kind} class="notify-kind">
                  <label>
                    <input type="checkbox" checked={on}
                      onChange={(e) => change(kind, e.currentTarget.checked ? 'digest' : 'off')} />
                    {' '}{name}
                  </label>
                  {on && immediateKinds.includes(kind) && (
                    <select aria-label={t('notify.how', { kind: name })} value={delivery[kind]}
                      onChange={(e) => change(kind, e.currentTarget.value as Delivery)}>
                      <option value="digest">
                        {t(centreOnlyKinds.includes(kind) ? 'notify.delivery.centre' : 'notify.delivery.digest')}
                      </option>
                      <option value="immediately">{t('notify.delivery.immediately')}</option>
                    </select>
                  )}
                </div>
              );
            })}
          </fieldset>
          <ErrorMessage error={error} />
          {saved && <Status>{t('notify.saved')}</Status>}
          <button type="submit" disabled={busy}>{t('notify.save')}</button>
        </form>
      )}
    </section>
  );
}

import { handbookApi } from '../api/handbook';
import { useI18n } from '../i18n/i18n';
import { ErrorMessage, Link, Status, useAction } from '../ui/components';
import './handbook.css';
import { useState } from 'preact/hooks';

// On the district home of a new co-chair: read the handbook, then say so.
export function HandbookNotice(props: { district: number }) {
  const { t } = useI18n();
  const [done, setDone] = useState(false);
  const { error, busy, run } = useAction();
  if (done) return <Status>{t('handbook.markedRead')}</Status>;
  return (
    <section class="handbook-notice" aria-labelledby="handbook-notice-title">
      <h3 id="handbook-notice-title">{t('handbook.readTitle')}</h3>
      <p>{t('handbook.readIntro')}</p>
      <p class="handbook-notice-actions">
        <Link href={`/districts/${props.district}/handbook`}>{t('handbook.readOpen')}</Link>
        <button type="button" class="secondary" disabled={busy}
          onClick={() => run(async () => { await handbookApi.markRead(props.district); setDone(true); })}>
          {t('handbook.markRead')}
        </button>
      </p>
      <ErrorMessage error={error} />
    </section>
  );
}

import { useState } from 'preact/hooks';
import { ApiError } from '../api/client';
import { caucusApi, type CaucusSubjectType } from '../api/caucus';
import type { DistrictView } from '../api/types';
import { useI18n } from '../i18n/i18n';
import { ErrorMessage, Field, Loading, Status, useLoad, type SubmitHandler } from '../ui/components';
import './caucus.css';
import { formatMoment } from '../i18n/format';

// My side's private notes on an issue, a decision or a meeting. The server returns only the
// caller's side's notes; the panel says so plainly, in words and in its look.
export function CaucusPanel(props: {
  district: DistrictView;
  subjectType: CaucusSubjectType;
  subjectId: number;
  bodyId?: number; // required for a meeting
}) {
  const { t, locale } = useI18n();
  const districtId = props.district.id;
  const subject = { type: props.subjectType, id: props.subjectId, bodyId: props.bodyId };
  const side = props.district.my_membership.side;
  const notes = useLoad(
    () => (side === 'neutral' ? Promise.resolve(null) : caucusApi.list(districtId, subject)),
    [districtId, props.subjectType, props.subjectId, props.bodyId, side],
  );
  const [text, setText] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [saved, setSaved] = useState(false);
  const headingId = `caucus-${props.subjectType}-${props.subjectId}`;

  if (side === 'neutral') {
    return (
      <section class="caucus" aria-labelledby={headingId}>
        <h2 id={headingId}>{t('caucus.title')}</h2>
        <p>{t('caucus.neutral')}</p>
      </section>
    );
  }
  // Someone who does not sit on the body has no caucus on its subjects.
  const notSeated = notes.error instanceof ApiError && notes.error.status === 403;
  const submit: SubmitHandler = async (e) => {
    e.preventDefault();
    setError(null);
    setSaved(false);
    try {
      await caucusApi.add(districtId, subject, text);
      setText('');
      await notes.reload();
      setSaved(true);
    } catch (err) {
      setError(err);
    }
  };
  return (
    <section class={`caucus caucus-${side}`} aria-labelledby={headingId}>
      <h2 id={headingId}>
        {t(side === 'labor' ? 'caucus.title.labor' : 'caucus.title.management')}{' '}
        <span class="caucus-badge">{t('caucus.badge')}</span>
      </h2>
      <p class="caucus-private">{t(side === 'labor' ? 'caucus.private.labor' : 'caucus.private.management')}</p>
      {notSeated ? (
        <p>{t('caucus.notSeated')}</p>
      ) : !notes.data ? (
        <Loading error={notes.error} />
      ) : (
        <>
          {notes.data.items.length === 0 ? (
            <p>{t('caucus.none')}</p>
          ) : (
            <ul class="caucus-notes">
              {notes.data.items.map((n) => (
                <li key={n.id}>
                  <p class="caucus-text">{n.text}</p>
                  <p class="caucus-meta">
                    {t('caucus.by', { name: n.author_name, date: formatMoment(n.created_at, locale) })}
                  </p>
                </li>
              ))}
            </ul>
          )}
          <form onSubmit={submit}>
            <Field label={t(side === 'labor' ? 'caucus.new.labor' : 'caucus.new.management')}>
              <textarea rows={3} value={text} required onInput={(e) => setText(e.currentTarget.value)} />
            </Field>
            <ErrorMessage error={error} />
            {saved && <Status>{t('caucus.saved')}</Status>}
            <button type="submit">{t('caucus.add')}</button>
          </form>
        </>
      )}
    </section>
  );
}

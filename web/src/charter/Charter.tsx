import { useState } from 'preact/hooks';
import { api } from '../api/client';
import type { BodyView, CharterVersion } from '../api/types';
import type { MessageKey } from '../i18n/en';
import { useI18n } from '../i18n/i18n';
import { ErrorMessage, Field, Loading, useLoad, type SubmitHandler } from '../ui/components';
import { formatDay } from '../i18n/format';

// A body's charter: the version in force, every version with who has signed, signing, drafting.
export function CharterSection(props: { districtId: number; body: BodyView; userId: number; mayDraft: boolean }) {
  const { t, locale } = useI18n();
  const { districtId, body } = props;
  const current = useLoad(() => api.charter(districtId, body.id), [districtId, body.id]);
  const versions = useLoad(() => api.charterVersions(districtId, body.id), [districtId, body.id]);
  const [error, setError] = useState<unknown>(null);
  const reload = () => {
    current.reload();
    versions.reload();
  };
  const sign = async (version: CharterVersion) => {
    setError(null);
    try {
      await api.signCharter(districtId, body.id, version.id);
      reload();
    } catch (err) {
      setError(err);
    }
  };
  const inForce = current.data?.in_force;
  return (
    <section aria-labelledby="charter-title">
      <h2 id="charter-title">{t('charter.title')}</h2>
      {!current.data ? (
        <Loading error={current.error} />
      ) : !inForce ? (
        <p>{t('charter.none')}</p>
      ) : (
        <>
          <p>
            {t('charter.inForceSince', {
              number: inForce.number,
              date: formatDay(inForce.effective_at ?? 0, locale),
            })}
          </p>
          {current.data.review_due && <p class="notice">{t('charter.reviewDue')}</p>}
          <CharterText version={inForce} />
        </>
      )}
      <h3>{t('charter.versions')}</h3>
      <ErrorMessage error={error} />
      {!versions.data ? (
        <Loading error={versions.error} />
      ) : (
        <ul class="cards">
          {versions.data.items.map((v) => {
            const mine = v.signers.find((s) => s.user_id === props.userId);
            return (
              <li key={v.id}>
                <strong>{t('charter.version', { number: v.number })}</strong>
                {' · '}
                {t(`charter.status.${v.status}` as MessageKey)}
                {' · '}
                {t('charter.signedCount', { signed: v.signed_count, total: v.signers.length })}
                <ul>
                  {v.signers.map((s) => (
                    <li key={s.user_id}>
                      {s.name} (<span class={`side-${s.side}`}>{t(`side.${s.side}` as MessageKey)}</span>):{' '}
                      {s.signed ? t('charter.signed') : t('charter.notSigned')}
                    </li>
                  ))}
                </ul>
                {v.status === 'draft' && mine && !mine.signed && (
                  <button type="button" onClick={() => sign(v)}>{t('charter.sign', { number: v.number })}</button>
                )}
              </li>
            );
          })}
        </ul>
      )}
      {props.mayDraft && current.data && (
        // Keyed by the version in force, so the form starts again from the text now in force.
        <DraftForm key={inForce?.id ?? 0} districtId={districtId} bodyId={body.id} from={inForce ?? undefined}
          onDrafted={reload} />
      )}
    </section>
  );
}

function CharterText(props: { version: CharterVersion }) {
  const { t } = useI18n();
  const v = props.version;
  return (
    <dl class="facts">
      <dt>{t('charter.mission')}</dt>
      <dd>{v.mission}</dd>
      <dt>{t('charter.principles')}</dt>
      <dd>
        <ul>{v.principles.map((p, i) => <li key={i}>{p}</li>)}</ul>
      </dd>
      <dt>{t('charter.norms')}</dt>
      <dd>
        <ul>{v.norms.map((n, i) => <li key={i}>{n}</li>)}</ul>
      </dd>
      <dt>{t('charter.reviewDate')}</dt>
      <dd>{v.review_date}</dd>
    </dl>
  );
}

const lines = (text: string) => text.split('\n').map((l) => l.trim()).filter(Boolean);

function DraftForm(props: { districtId: number; bodyId: number; from?: CharterVersion; onDrafted: () => void }) {
  const { t } = useI18n();
  const [mission, setMission] = useState(props.from?.mission ?? '');
  const [principles, setPrinciples] = useState((props.from?.principles ?? []).join('\n'));
  const [norms, setNorms] = useState((props.from?.norms ?? []).join('\n'));
  const [reviewDate, setReviewDate] = useState(props.from?.review_date ?? '');
  const [error, setError] = useState<unknown>(null);
  const submit: SubmitHandler = async (e) => {
    e.preventDefault();
    setError(null);
    try {
      await api.draftCharter(props.districtId, props.bodyId, {
        mission, principles: lines(principles), norms: lines(norms), review_date: reviewDate,
      });
      props.onDrafted();
    } catch (err) {
      setError(err);
    }
  };
  return (
    <>
      <h3>{t('charter.draft')}</h3>
      <form onSubmit={submit}>
        <Field label={t('charter.mission')}>
          <textarea rows={3} value={mission} onInput={(e) => setMission(e.currentTarget.value)} />
        </Field>
        <Field label={`${t('charter.principles')} ${t('charter.onePerLine')}`}>
          <textarea rows={4} value={principles} onInput={(e) => setPrinciples(e.currentTarget.value)} />
        </Field>
        <Field label={`${t('charter.norms')} ${t('charter.onePerLine')}`}>
          <textarea rows={4} value={norms} onInput={(e) => setNorms(e.currentTarget.value)} />
        </Field>
        <Field label={t('charter.reviewDate')}>
          <input type="date" value={reviewDate} onInput={(e) => setReviewDate(e.currentTarget.value)} />
        </Field>
        <ErrorMessage error={error} />
        <button type="submit">{t('charter.submitDraft')}</button>
      </form>
    </>
  );
}

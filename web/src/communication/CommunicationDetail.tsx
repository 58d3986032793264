import { useEffect, useState } from 'preact/hooks';
import { api } from '../api/client';
import { communicationsApi, type Communication } from '../api/communications';
import type { BodyView, DistrictView } from '../api/types';
import { formatMoment } from '../i18n/format';
import type { MessageKey } from '../i18n/en';
import { Discussion } from '../discussion/Discussion';
import { useI18n } from '../i18n/i18n';
import {
  ErrorMessage, Field, Link, Loading, PageTitle, Status, useLoad, type SubmitHandler,
} from '../ui/components';
import './communication.css';

// One communication: its text, both co-chairs' signatures, editing while it is a draft, and who has read it.
export function CommunicationPage(props: { district: DistrictView; communicationId: number }) {
  const { t, locale } = useI18n();
  const d = props.district;
  const loaded = useLoad(() => communicationsApi.get(d.id, props.communicationId), [d.id, props.communicationId]);
  const [current, setCurrent] = useState<Communication | null>(null);
  const c = current?.id === props.communicationId ? current : loaded.data;
  const bodyId = c?.body_id;
  const body = useLoad(() => (bodyId ? api.body(d.id, bodyId) : Promise.resolve(undefined)), [d.id, bodyId]);
  const [error, setError] = useState<unknown>(null);
  const [announcement, setAnnouncement] = useState('');
  const [editing, setEditing] = useState(false);

  useEffect(() => setCurrent(loaded.data ?? null), [loaded.data]);
  // Opening a published communication marks it read.
  useEffect(() => {
    if (!c || c.status !== 'published' || c.read_by_me) return;
    communicationsApi.markRead(d.id, c.id).then(setCurrent, setError);
  }, [c?.id, c?.status, c?.read_by_me]);

  if (!c) return <Loading error={loaded.error} />;
  const b = body.data;
  const me = d.my_membership.user_id;
  const isCoChair = !!b && (b.labor_co_chair_id === me || b.management_co_chair_id === me);
  const signedByMe = c.signatures.some((s) => s.user_id === me);
  const mayEdit = c.status === 'draft' && !!b?.my_seat && b.my_seat.side !== 'neutral';

  const sign = async () => {
    setError(null);
    try {
      const signed = await communicationsApi.sign(d.id, c.id);
      setCurrent(signed);
      setAnnouncement(t(signed.status === 'published' ? 'communication.nowPublished' : 'communication.signedWaiting'));
    } catch (err) {
      setError(err);
    }
  };

  return (
    <>
      <PageTitle>{c.title}</PageTitle>
      <p class="communication-state">
        <span class={`communication-badge communication-${c.status}`}>{t(`communication.status.${c.status}` as MessageKey)}</span>{' '}
        {c.status === 'published' && c.published_at !== null &&
          t('communication.publishedOn', { date: formatMoment(c.published_at, locale) })}
        {b && <>{' · '}<Link href={`/districts/${d.id}/bodies/${b.id}`}>{b.name}</Link></>}
      </p>
      <Status>{announcement}</Status>
      <ErrorMessage error={error} />
      {editing ? (
        <EditForm district={d} communication={c}
          onDone={(changed) => {
            setEditing(false);
            if (changed) {
              setCurrent(changed);
              setAnnouncement(t('communication.saved'));
            }
          }} />
      ) : (
        <div class="communication-text">
          {c.text.split(/\n\s*\n/).map((para, i) => <p key={i}>{para}</p>)}
        </div>
      )}
      {mayEdit && !editing && (
        <button type="button" class="secondary" onClick={() => setEditing(true)}>{t('communication.edit')}</button>
      )}
      <Signatures communication={c} body={b} />
      {c.status === 'draft' && isCoChair && !signedByMe && (
        <button type="button" onClick={sign}>{t('communication.sign')}</button>
      )}
      {c.status === 'published' && c.readers && (
        <section aria-labelledby="communication-readers">
          <h2 id="communication-readers">{t('communication.readers')}</h2>
          <p>{t('communication.readCount', { count: c.read_count ?? c.readers.length })}</p>
          {c.readers.length > 0 && (
            <ul class="communication-readers">
              {c.readers.map((r) => (
                <li key={r.user_id}>
                  {t('communication.readerAt', { name: r.name, date: formatMoment(r.read_at, locale) })}
                </li>
              ))}
            </ul>
          )}
        </section>
      )}
      <Discussion district={d} subject={{ type: 'communication', id: c.id }} body={b ?? null}
        onSubjectChange={loaded.reload} />
      <p><Link href={`/districts/${d.id}/communications`}>{t('communication.back')}</Link></p>
    </>
  );
}

// Both co-chairs, each with a signature or not yet; signatures by people no longer co-chair are listed too.
function Signatures(props: { communication: Communication; body: BodyView | undefined }) {
  const { t, locale } = useI18n();
  const { communication: c, body: b } = props;
  const nameOf = (id: number | null) => b?.members.find((m) => m.user_id === id)?.name ?? t('bodies.vacant');
  const rows: { key: string; side: 'labor' | 'management'; name: string; signedAt: number | null }[] = [];
  if (b) {
    for (const [side, id] of [['labor', b.labor_co_chair_id], ['management', b.management_co_chair_id]] as const) {
      const s = c.signatures.find((x) => x.user_id === id);
      rows.push({ key: `chair-${side}`, side, name: nameOf(id), signedAt: s?.signed_at ?? null });
    }
  }
  for (const s of c.signatures) {
    if (b && (s.user_id === b.labor_co_chair_id || s.user_id === b.management_co_chair_id)) continue;
    rows.push({ key: `signer-${s.user_id}`, side: s.side, name: s.name, signedAt: s.signed_at });
  }
  return (
    <section aria-labelledby="communication-signatures">
      <h2 id="communication-signatures">{t('communication.signatures')}</h2>
      <p>{t('communication.signatureRule')}</p>
      <ul class="communication-signers">
        {rows.map((r) => (
          <li key={r.key} class={r.signedAt === null ? 'unsigned' : 'signed'}>
            <span aria-hidden="true">{r.signedAt === null ? '○ ' : '✓ '}</span>
            {t(`communication.coChair.${r.side}` as MessageKey)}: <strong>{r.name}</strong>
            {' — '}
            {r.signedAt === null
              ? t('communication.notSigned')
              : t('communication.signedOn', { date: formatMoment(r.signedAt, locale) })}
          </li>
        ))}
      </ul>
    </section>
  );
}

function EditForm(props: { district: DistrictView; communication: Communication; onDone: (c?: Communication) => void }) {
  const { t } = useI18n();
  const [title, setTitle] = useState(props.communication.title);
  const [text, setText] = useState(props.communication.text);
  const [error, setError] = useState<unknown>(null);
  const submit: SubmitHandler = async (e) => {
    e.preventDefault();
    setError(null);
    try {
      props.onDone(await communicationsApi.update(props.district.id, props.communication.id, { title, text }));
    } catch (err) {
      setError(err);
    }
  };
  return (
    <form onSubmit={submit} class="communication-edit">
      {props.communication.signatures.length > 0 && <p class="notice">{t('communication.editDropsSignatures')}</p>}
      <Field label={t('communication.titleField')}>
        <input value={title} required maxLength={300} onInput={(e) => setTitle(e.currentTarget.value)} />
      </Field>
      <Field label={t('communication.text')}>
        <textarea rows={10} value={text} required onInput={(e) => setText(e.currentTarget.value)} />
      </Field>
      <ErrorMessage error={error} />
      <div class="communication-buttons">
        <button type="submit">{t('communication.save')}</button>
        <button type="button" class="secondary" onClick={() => props.onDone()}>{t('communication.cancel')}</button>
      </div>
    </form>
  );
}

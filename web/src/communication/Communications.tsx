import { useState } from 'preact/hooks';
import { api } from '../api/client';
import { communicationsApi, type Communication } from '../api/communications';
import type { Body, DistrictView } from '../api/types';
import { formatMoment } from '../i18n/format';
import { useI18n } from '../i18n/i18n';
import { navigate } from '../ui/router';
import { ErrorMessage, Field, Link, Loading, PageTitle, useLoad, type SubmitHandler } from '../ui/components';
import './communication.css';

// The district's joint communications: drafts of my bodies, everything published, and a form to draft one.
export function CommunicationsPage(props: { district: DistrictView }) {
  const { t } = useI18n();
  const d = props.district;
  const list = useLoad(() => communicationsApi.list(d.id), [d.id]);
  const bodies = useLoad(() => api.bodies(d.id), [d.id]);
  const [more, setMore] = useState<{ items: Communication[]; next: string | null } | null>(null);
  const bodyList = bodies.data?.items ?? [];
  const all = list.data ? [...list.data.items, ...(more?.items ?? [])] : undefined;
  const next = more ? more.next : list.data?.next_cursor;
  const showMore = async () => {
    if (!next) return;
    const page = await communicationsApi.list(d.id, next);
    setMore({ items: [...(more?.items ?? []), ...page.items], next: page.next_cursor });
  };
  const drafts = all?.filter((c) => c.status === 'draft') ?? [];
  const published = all?.filter((c) => c.status === 'published') ?? [];
  return (
    <>
      <PageTitle>{t('communication.title')}</PageTitle>
      <p>{t('communication.intro')}</p>
      {!all || !bodies.data ? (
        <Loading error={list.error ?? bodies.error} />
      ) : (
        <>
          <section aria-labelledby="communication-drafts">
            <h2 id="communication-drafts">{t('communication.drafts')}</h2>
            {drafts.length === 0 ? (
              <p>{t('communication.noDrafts')}</p>
            ) : (
              <ul class="communication-list">
                {drafts.map((c) => <CommunicationRow key={c.id} district={d} communication={c} bodies={bodyList} />)}
              </ul>
            )}
          </section>
          <section aria-labelledby="communication-published">
            <h2 id="communication-published">{t('communication.published')}</h2>
            {published.length === 0 ? (
              <p>{t('communication.noPublished')}</p>
            ) : (
              <ul class="communication-list">
                {published.map((c) => <CommunicationRow key={c.id} district={d} communication={c} bodies={bodyList} />)}
              </ul>
            )}
          </section>
          {next && <button type="button" class="secondary" onClick={showMore}>{t('communication.more')}</button>}
        </>
      )}
      <DraftForm district={d} bodies={bodyList} />
    </>
  );
}

function CommunicationRow(props: { district: DistrictView; communication: Communication; bodies: Body[] }) {
  const { t, locale } = useI18n();
  const c = props.communication;
  const body = props.bodies.find((b) => b.id === c.body_id);
  const me = props.district.my_membership.user_id;
  const mySignatureAwaited = c.status === 'draft' && !!body &&
    (body.labor_co_chair_id === me || body.management_co_chair_id === me) && !c.signatures.some((s) => s.user_id === me);
  return (
    <li>
      <Link href={`/districts/${props.district.id}/communications/${c.id}`} class="communication-link">{c.title}</Link>
      {mySignatureAwaited && <span class="communication-badge communication-awaited">{t('communication.awaitsYou')}</span>}
      {c.status === 'published' && !c.read_by_me && <span class="communication-badge communication-unread">{t('communication.unread')}</span>}
      <p class="communication-meta">
        {body && <>{body.name}{' · '}</>}
        {c.status === 'draft'
          ? t('communication.signatureCount', { count: c.signatures.length })
          : t('communication.publishedOn', { date: formatMoment(c.published_at ?? c.updated_at, locale) })}
        {c.read_count !== null && c.status === 'published' && <>{' · '}{t('communication.readCount', { count: c.read_count })}</>}
      </p>
    </li>
  );
}

function DraftForm(props: { district: DistrictView; bodies: Body[] }) {
  const { t } = useI18n();
  const [body, setBody] = useState('');
  const [title, setTitle] = useState('');
  const [text, setText] = useState('');
  const [error, setError] = useState<unknown>(null);
  const chosen = body || (props.bodies.length === 1 ? String(props.bodies[0].id) : '');
  const submit: SubmitHandler = async (e) => {
    e.preventDefault();
    setError(null);
    try {
      const c = await communicationsApi.draft(props.district.id, { body_id: Number(chosen), title, text });
      navigate(`/districts/${props.district.id}/communications/${c.id}`);
    } catch (err) {
      setError(err);
    }
  };
  return (
    <section aria-labelledby="communication-new">
      <h2 id="communication-new">{t('communication.new')}</h2>
      <p>{t('communication.newHelp')}</p>
      <form onSubmit={submit}>
        <Field label={t('communication.body')}>
          <select value={chosen} required onChange={(e) => setBody(e.currentTarget.value)}>
            <option value="" disabled>—</option>
            {props.bodies.map((b) => <option key={b.id} value={String(b.id)}>{b.name}</option>)}
          </select>
        </Field>
        <Field label={t('communication.titleField')}>
          <input value={title} required maxLength={300} onInput={(e) => setTitle(e.currentTarget.value)} />
        </Field>
        <Field label={t('communication.text')}>
          <textarea rows={8} value={text} required onInput={(e) => setText(e.currentTarget.value)} />
        </Field>
        <ErrorMessage error={error} />
        <button type="submit">{t('communication.saveDraft')}</button>
      </form>
    </section>
  );
}

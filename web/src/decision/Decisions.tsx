import { useState } from 'preact/hooks';
import { api } from '../api/client';
import { decisionsApi, type Decision, type DecisionStatus, type Participation } from '../api/decisions';
import type { Body, DistrictView } from '../api/types';
import type { MessageKey } from '../i18n/en';
import { useI18n } from '../i18n/i18n';
import { dateToSeconds, lines, secondsToDate } from '../issue/text';
import { ErrorMessage, Field, Link, Loading, PageTitle, useAction, useLoad, type SubmitHandler } from '../ui/components';
import { navigate } from '../ui/router';
import { formatDay } from '../i18n/format';
import '../issue/issue.css';
import './decision.css';

const statuses: DecisionStatus[] = ['open', 'adopted', 'no_consent'];
export const participations: Participation[] = ['joint', 'consulted', 'informed'];

// The district's proposals and decisions, by status and body; and a proposal on its own.
export function DecisionsPage(props: { district: DistrictView }) {
  const { t, locale } = useI18n();
  const districtId = props.district.id;
  const initial = new URLSearchParams(location.search);
  const [body, setBody] = useState(initial.get('body') ?? '');
  const [status, setStatus] = useState<DecisionStatus | ''>('');
  const bodies = useLoad(() => api.bodies(districtId), [districtId]);
  const list = useLoad(
    () => decisionsApi.list(districtId, { body: body ? Number(body) : undefined, status: status || undefined }),
    [districtId, body, status],
  );
  // Pages after the first, fetched on request; they start again whenever the filters change.
  const [more, setMore] = useState<{ key: string; items: Decision[]; next: string | null }>({ key: '', items: [], next: null });
  const [moreError, setMoreError] = useState<unknown>(null);
  const key = `${body}|${status}|${list.data?.items[0]?.id ?? ''}`;
  const extra = more.key === key ? more : { key, items: [], next: list.data?.next_cursor ?? null };
  const loadMore = async () => {
    setMoreError(null);
    try {
      const page = await decisionsApi.list(districtId, { body: body ? Number(body) : undefined, status: status || undefined },
        extra.next ?? '');
      setMore({ key, items: [...extra.items, ...page.items], next: page.next_cursor });
    } catch (err) {
      setMoreError(err);
    }
  };
  const bodyName = (id: number) => bodies.data?.items.find((b) => b.id === id)?.name ?? '';
  const base = `/districts/${districtId}`;
  return (
    <>
      <PageTitle>{t('decision.list.title')}</PageTitle>
      <p>{t('decision.list.intro')}</p>
      <p><Link href={`${base}/decisions/log`}>{t('decision.log.link')}</Link></p>
      <div class="decision-filters">
        <Field label={t('decision.list.body')}>
          <select value={body} onChange={(e) => setBody(e.currentTarget.value)}>
            <option value="">{t('decision.list.allBodies')}</option>
            {bodies.data?.items.map((b) => <option key={b.id} value={String(b.id)}>{b.name}</option>)}
          </select>
        </Field>
      </div>
      <div class="filter-buttons" role="group" aria-label={t('decision.list.byStatus')}>
        <button type="button" class="secondary" aria-pressed={status === ''} onClick={() => setStatus('')}>
          {t('decision.list.all')}
        </button>
        {statuses.map((s) => (
          <button key={s} type="button" class="secondary" aria-pressed={status === s} onClick={() => setStatus(s)}>
            {t(`decision.status.${s}` as MessageKey)}
          </button>
        ))}
      </div>
      {!list.data ? (
        <Loading error={list.error} />
      ) : list.data.items.length === 0 ? (
        <p>{t('decision.list.none')}</p>
      ) : (
        <ul class="cards">
          {[...list.data.items, ...extra.items].map((d) => (
            <li key={d.id}>
              <Link href={`${base}/decisions/${d.id}`}>{d.title}</Link>
              <div>{bodyName(d.body_id)}</div>
              <div>
                <span class={`status-badge status-${d.status}`}>{t(`decision.status.${d.status}` as MessageKey)}</span>
              </div>
              <div class="muted">
                {d.status === 'open'
                  ? t('decision.until', { date: formatDay(d.deadline, locale) })
                  : t('decision.closedOn', { date: formatDay(d.closed_at ?? d.deadline, locale) })}
              </div>
            </li>
          ))}
        </ul>
      )}
      <ErrorMessage error={moreError} />
      {extra.next && <button type="button" class="secondary" onClick={loadMore}>{t('decision.list.more')}</button>}
      {bodies.data && bodies.data.items.length > 0 && (
        <ProposeDecision districtId={districtId} bodies={bodies.data.items} initialBody={body}
          onProposed={(id) => navigate(`${base}/decisions/${id}`)} />
      )}
    </>
  );
}

function ProposeDecision(props: { districtId: number; bodies: Body[]; initialBody: string; onProposed: (id: number) => void }) {
  const { t } = useI18n();
  const [body, setBody] = useState(props.initialBody || String(props.bodies[0].id));
  const [title, setTitle] = useState('');
  const [text, setText] = useState('');
  const [deadline, setDeadline] = useState(secondsToDate(Math.floor(Date.now() / 1000) + 7 * 24 * 3600));
  const [articles, setArticles] = useState('');
  const [metrics, setMetrics] = useState('');
  const [effective, setEffective] = useState('');
  const [review, setReview] = useState('');
  const [participation, setParticipation] = useState<Participation>('joint');
  const { error, busy, run } = useAction();
  const submit: SubmitHandler = (e) => {
    e.preventDefault();
    run(async () => {
      const d = await decisionsApi.propose(props.districtId, {
        body_id: Number(body), title, text,
        deadline: dateToSeconds(deadline, 23) ?? 0,
        articles: lines(articles), metrics: lines(metrics),
        effective_at: dateToSeconds(effective), review_at: dateToSeconds(review), participation,
      });
      props.onProposed(d.id);
    });
  };
  return (
    <section aria-labelledby="propose-title">
      <h2 id="propose-title">{t('decision.form.title')}</h2>
      <p>{t('decision.form.intro')}</p>
      <form onSubmit={submit}>
        <Field label={t('decision.form.body')}>
          <select value={body} onChange={(e) => setBody(e.currentTarget.value)}>
            {props.bodies.map((b) => <option key={b.id} value={String(b.id)}>{b.name}</option>)}
          </select>
        </Field>
        <Field label={t('decision.form.proposalTitle')}>
          <input value={title} required maxLength={200} onInput={(e) => setTitle(e.currentTarget.value)} />
        </Field>
        <Field label={t('decision.form.text')}>
          <textarea rows={5} value={text} required onInput={(e) => setText(e.currentTarget.value)} />
        </Field>
        <DecisionDetailsFields deadline={deadline} setDeadline={setDeadline} articles={articles} setArticles={setArticles}
          metrics={metrics} setMetrics={setMetrics} effective={effective} setEffective={setEffective}
          review={review} setReview={setReview} participation={participation} setParticipation={setParticipation} />
        <ErrorMessage error={error} />
        <button type="submit" disabled={busy}>{t('decision.form.submit')}</button>
      </form>
    </section>
  );
}

// The fields a proposal shares whether it comes from an issue or stands alone.
export function DecisionDetailsFields(p: {
  deadline: string; setDeadline: (v: string) => void;
  articles: string; setArticles: (v: string) => void;
  metrics: string; setMetrics: (v: string) => void;
  effective: string; setEffective: (v: string) => void;
  review: string; setReview: (v: string) => void;
  participation: Participation; setParticipation: (v: Participation) => void;
}) {
  const { t } = useI18n();
  return (
    <>
      <Field label={t('decision.form.deadline')}>
        <input type="date" value={p.deadline} required onInput={(e) => p.setDeadline(e.currentTarget.value)} />
      </Field>
      <Field label={t('decision.form.articles')}>
        <textarea rows={2} value={p.articles} onInput={(e) => p.setArticles(e.currentTarget.value)} />
      </Field>
      <Field label={t('decision.form.metrics')}>
        <textarea rows={2} value={p.metrics} onInput={(e) => p.setMetrics(e.currentTarget.value)} />
      </Field>
      <Field label={t('decision.form.effective')}>
        <input type="date" value={p.effective} onInput={(e) => p.setEffective(e.currentTarget.value)} />
      </Field>
      <Field label={t('decision.form.review')}>
        <input type="date" value={p.review} onInput={(e) => p.setReview(e.currentTarget.value)} />
      </Field>
      <Field label={t('decision.form.participation')}>
        <select value={p.participation} onChange={(e) => p.setParticipation(e.currentTarget.value as Participation)}>
          {participations.map((x) => <option key={x} value={x}>{t(`decision.participation.${x}` as MessageKey)}</option>)}
        </select>
      </Field>
    </>
  );
}

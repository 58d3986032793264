import { useEffect, useState } from 'preact/hooks';
import { practicesApi, sizeBands, type FollowedPractice, type PracticeHit, type SearchQuery } from '../api/practices';
import type { MessageKey } from '../i18n/en';
import { useI18n } from '../i18n/i18n';
import { ErrorMessage, Field, Link, PageTitle, Status, useAction, useLoad } from '../ui/components';
import './practice.css';
import { formatDay } from '../i18n/format';

// The network's practice library: the practices the reader follows, a search box with filters, and
// the results with the matched words marked in each snippet (the snippet comes as plain-text
// segments, so nothing in it is HTML).
export function LibraryPage() {
  const { t } = useI18n();
  const [form, setForm] = useState<SearchQuery>({ q: '', tag: '', state: '', size: '', metric: '' });
  const [hits, setHits] = useState<PracticeHit[] | null>(null);
  const [next, setNext] = useState<string | null>(null);
  const [query, setQuery] = useState<SearchQuery>({});
  const action = useAction();
  const set = (field: keyof SearchQuery) => (e: Event) =>
    setForm({ ...form, [field]: (e.currentTarget as HTMLInputElement).value });

  const search = async (q: SearchQuery, cursor = '') => {
    await action.run(async () => {
      const page = await practicesApi.search({ ...q, cursor });
      setHits(cursor ? [...(hits ?? []), ...page.items] : page.items);
      setNext(page.next_cursor);
      setQuery(q);
    });
  };
  useEffect(() => {
    search(form);
  }, []);

  return (
    <div class="practice-area">
      <PageTitle>{t('practice.libraryTitle')}</PageTitle>
      <p>{t('practice.libraryIntro')}</p>
      <Followed />
      <form
        class="practice-search"
        role="search"
        aria-label={t('practice.searchLabel')}
        onSubmit={(e) => {
          e.preventDefault();
          search(form);
        }}
      >
        <Field label={t('practice.searchWords')}>
          <input type="search" name="q" value={form.q} onInput={set('q')} maxLength={1000} />
        </Field>
        <div class="practice-filters">
          <Field label={t('practice.tag')}>
            <input name="tag" value={form.tag} onInput={set('tag')} maxLength={40} />
          </Field>
          <Field label={t('practice.stateFilter')}>
            <select name="state" value={form.state} onChange={set('state')}>
              <option value="">{t('practice.state.any')}</option>
              <option value="published">{t('practice.state.published')}</option>
              <option value="draft">{t('practice.state.myDrafts')}</option>
            </select>
          </Field>
          <Field label={t('practice.size')}>
            <select name="size" value={form.size} onChange={set('size')}>
              <option value="">{t('practice.size.any')}</option>
              {sizeBands.map((b) => <option key={b} value={b}>{t(`practice.size.${b}` as MessageKey)}</option>)}
            </select>
          </Field>
          <Field label={t('practice.metricFilter')}>
            <input name="metric" value={form.metric} onInput={set('metric')} maxLength={100} />
          </Field>
        </div>
        <button type="submit" disabled={action.busy}>{t('practice.search')}</button>
      </form>
      <ErrorMessage error={action.error} />
      {hits !== null && (
        <section aria-labelledby="practice-results">
          <h2 id="practice-results">{t('practice.results')}</h2>
          <Status>{hits.length === 0 ? t('practice.noResults') : t(next ? 'practice.shownMore' : 'practice.shown', { count: hits.length })}</Status>
          <ol class="practice-hits">
            {hits.map((h) => <Hit key={h.id} hit={h} />)}
          </ol>
          {next && (
            <button type="button" class="secondary" disabled={action.busy} onClick={() => search(query, next)}>
              {t('practice.more')}
            </button>
          )}
        </section>
      )}
    </div>
  );
}

// What the reader follows, with what changed since they began to; nothing at all when they follow none.
function Followed() {
  const { t } = useI18n();
  const { data, error } = useLoad(() => practicesApi.followed(), []);
  if (error) return <ErrorMessage error={error} />;
  if (!data || data.items.length === 0) return null;
  return (
    <section aria-labelledby="practice-followed" class="practice-followed">
      <h2 id="practice-followed">{t('practice.followedTitle')}</h2>
      <ul>
        {data.items.map((f) => <FollowedItem key={f.id} practice={f} />)}
      </ul>
    </section>
  );
}

function FollowedItem(props: { practice: FollowedPractice }) {
  const { t, locale } = useI18n();
  const f = props.practice;
  return (
    <li>
      <Link href={`/network/practices/${f.id}`}>{f.title}</Link>
      <span class="practice-meta">
        {' · '}{f.district.name}{' · '}
        {t(f.adoptions === 1 ? 'practice.adoptedOnce' : 'practice.adoptedCount', { count: f.adoptions })}
        {f.state === 'draft' && <> · <span class="practice-badge">{t('practice.state.draft')}</span></>}
      </span>
      {f.updated_since_followed && f.last_change_at !== null && (
        <span class="practice-changed">
          {t('practice.changedSince', { date: formatDay(f.last_change_at, locale) })}
        </span>
      )}
    </li>
  );
}

function Hit(props: { hit: PracticeHit }) {
  const { t } = useI18n();
  const h = props.hit;
  return (
    <li class="practice-hit">
      <h3>
        <Link href={`/network/practices/${h.id}`}>{h.title}</Link>
      </h3>
      <p class="practice-meta">
        {t('practice.from', { district: h.district.name, state: h.district.state ?? '' })}
        {' · '}
        {t(h.adoptions === 1 ? 'practice.adoptedOnce' : 'practice.adoptedCount', { count: h.adoptions })}
        {h.state === 'draft' && <> · <span class="practice-badge">{t('practice.state.draft')}</span></>}
      </p>
      {h.snippet.length > 0 && (
        <p class="practice-snippet">
          {h.snippet.map((s, i) => (s.match ? <mark key={i}>{s.text}</mark> : <span key={i}>{s.text}</span>))}
        </p>
      )}
      {h.tags.length > 0 && (
        <ul class="practice-tags" aria-label={t('practice.tags')}>
          {h.tags.map((tag) => <li key={tag}>{tag}</li>)}
        </ul>
      )}
    </li>
  );
}

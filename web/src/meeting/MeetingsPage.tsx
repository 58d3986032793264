import { useEffect, useRef, useState } from 'preact/hooks';
import { api, ApiError } from '../api/client';
import { meetingsApi, type Frequency, type MeetingSeries, type Occurrence } from '../api/meetings';
import type { BodyView, DistrictView } from '../api/types';
import type { MessageKey } from '../i18n/en';
import { useI18n } from '../i18n/i18n';
import { ErrorMessage, Field, Link, Loading, PageTitle, Status, useLoad, type SubmitHandler } from '../ui/components';
import { navigate } from '../ui/router';
import { fieldOf, startTime, today, withFieldLabel } from './format';
import { formatDay, formatTimeRange } from '../i18n/format';
import { meetingRights } from './rights';
import './meeting.css';

const pageSize = 12;

// A link followed inside the page (as ui/components' Link), for links that need their own label.
function follow(e: MouseEvent) {
  if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
  e.preventDefault();
  navigate((e.currentTarget as HTMLAnchorElement).getAttribute('href') ?? '/');
}

// A body's meetings: each series with its occurrences as a calendar list, scheduling, cancelling,
// and the member's calendar feed.
export function MeetingsPage(props: { district: DistrictView; bodyId: number }) {
  const { t } = useI18n();
  const districtId = props.district.id;
  const { data: body, error } = useLoad(() => api.body(districtId, props.bodyId), [districtId, props.bodyId]);
  const series = useLoad(() => meetingsApi.seriesList({ district: districtId, body: props.bodyId }),
    [districtId, props.bodyId]);
  const [past, setPast] = useState(false);
  const [scheduled, setScheduled] = useState('');
  if (!body) return <Loading error={error} />;
  const rights = meetingRights(props.district, body);
  const bodyHref = `/districts/${districtId}/bodies/${body.id}`;
  return (
    <div class="meeting-area">
      <p class="meeting-back"><Link href={bodyHref}>{t('meeting.backToBody', { body: body.name })}</Link></p>
      <PageTitle>{t('meeting.listTitle', { body: body.name })}</PageTitle>
      {scheduled && <Status>{scheduled}</Status>}
      {!series.data ? (
        <Loading error={series.error} />
      ) : series.data.items.length === 0 ? (
        <p>{t('meeting.noSeries')}</p>
      ) : (
        <>
          <label class="inline-check">
            <input type="checkbox" checked={past} onChange={(e) => setPast(e.currentTarget.checked)} />{' '}
            {t('meeting.showPast')}
          </label>
          {series.data.items.map((s) => (
            <SeriesSection key={s.id} district={props.district} body={body} series={s} past={past}
              mayCancel={rights.schedule} />
          ))}
        </>
      )}
      {rights.schedule && (
        <ScheduleForm district={props.district} body={body} onScheduled={async (s) => {
          await series.reload();
          setScheduled(t('meeting.scheduled', { title: s.title }));
        }} />
      )}
      <CalendarFeed districtId={districtId} />
    </div>
  );
}

function repeatText(s: MeetingSeries, t: ReturnType<typeof useI18n>['t'], locale: string): string {
  const every = t(`meeting.frequency.${s.frequency}` as MessageKey);
  if (s.frequency === 'once') return every;
  if (s.until) return t('meeting.repeatsUntil', { every, date: formatDay(s.until, locale) });
  if (s.count) return t('meeting.repeatsCount', { every, count: s.count });
  return every;
}

function SeriesSection(props: { district: DistrictView; body: BodyView; series: MeetingSeries; past: boolean;
  mayCancel: boolean }) {
  const { t, locale } = useI18n();
  const { district, body, series: s } = props;
  const ids = { district: district.id, body: body.id };
  const [limit, setLimit] = useState(pageSize);
  const view = useLoad(() => meetingsApi.series({ ...ids, series: s.id }, props.past ? '' : today(), limit),
    [s.id, props.past, limit]);
  const [confirming, setConfirming] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [status, setStatus] = useState('');
  const confirmRef = useRef<HTMLButtonElement>(null);
  useEffect(() => confirmRef.current?.focus(), [confirming]);

  const meetingHref = (id: number) => `/districts/${district.id}/bodies/${body.id}/meetings/${id}`;
  const open = async (o: Occurrence) => {
    setError(null);
    try {
      const meeting = await meetingsApi.open(ids, s.id, o.date);
      navigate(meetingHref(meeting.id));
    } catch (err) {
      setError(err);
    }
  };
  const cancel = async (date: string) => {
    setError(null);
    try {
      await meetingsApi.cancelOccurrence({ ...ids, series: s.id }, date);
      setConfirming(null);
      await view.reload();
      setStatus(t('meeting.cancelledOn', { date: formatDay(date, locale) }));
    } catch (err) {
      setError(err);
    }
  };
  const time = formatTimeRange(startTime(s.start), s.duration_minutes, locale);
  const occurrences = view.data?.occurrences ?? [];
  return (
    <section class="series" aria-labelledby={`series-${s.id}`}>
      <h2 id={`series-${s.id}`}>{s.title}</h2>
      <p class="series-facts">
        {repeatText(s, t, locale)} · {time} ({s.time_zone}){s.location && ` · ${s.location}`}
      </p>
      <ErrorMessage error={error} />
      {status && <Status>{status}</Status>}
      {!view.data ? (
        <Loading error={view.error} />
      ) : occurrences.length === 0 ? (
        <p>{t('meeting.noOccurrences')}</p>
      ) : (
        <ul class="calendar" aria-label={t('meeting.occurrencesOf', { title: s.title })}>
          {occurrences.map((o) => {
            const date = formatDay(o.date, locale);
            return (
              <li key={o.date} class={o.cancelled ? 'occurrence cancelled' : 'occurrence'}>
                <span class="occurrence-date">{o.cancelled ? <del>{date}</del> : date}</span>
                <span class="occurrence-time">{time}</span>
                {s.location && <span class="occurrence-place">{s.location}</span>}
                <span class="occurrence-actions">
                  {o.cancelled ? (
                    <span class="badge badge-cancelled">{t('meeting.cancelled')}</span>
                  ) : confirming === o.date ? (
                    <>
                      <button type="button" class="danger" ref={confirmRef} onClick={() => cancel(o.date)}
                        aria-label={t('meeting.confirmCancelOn', { date })}>
                        {t('meeting.confirmCancel')}
                      </button>
                      <button type="button" class="secondary" onClick={() => setConfirming(null)}>
                        {t('meeting.keep')}
                      </button>
                    </>
                  ) : (
                    <>
                      {o.meeting_id ? (
                        <a href={meetingHref(o.meeting_id)} class="button-link" aria-label={t('meeting.openOn', { date })}
                          onClick={follow}>
                          {t('meeting.open')}
                        </a>
                      ) : (
                        <button type="button" onClick={() => open(o)} aria-label={t('meeting.prepareOn', { date })}>
                          {t('meeting.prepare')}
                        </button>
                      )}
                      {props.mayCancel && (
                        <button type="button" class="secondary" onClick={() => setConfirming(o.date)}
                          aria-label={t('meeting.cancelOn', { date })}>
                          {t('meeting.cancel')}
                        </button>
                      )}
                    </>
                  )}
                </span>
              </li>
            );
          })}
        </ul>
      )}
      {occurrences.length >= limit && (
        <button type="button" class="secondary" onClick={() => setLimit(limit + pageSize)}>
          {t('meeting.showMore')}
        </button>
      )}
    </section>
  );
}

function browserTimeZone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || 'America/Los_Angeles';
  } catch {
    return 'America/Los_Angeles';
  }
}

function ScheduleForm(props: { district: DistrictView; body: BodyView; onScheduled: (s: MeetingSeries) => void }) {
  const { t } = useI18n();
  const [title, setTitle] = useState('');
  const [start, setStart] = useState('');
  const [duration, setDuration] = useState('120');
  const [location, setLocation] = useState('');
  const [timeZone, setTimeZone] = useState(browserTimeZone);
  const [frequency, setFrequency] = useState<Frequency>('once');
  const [ends, setEnds] = useState<'until' | 'count'>('until');
  const [until, setUntil] = useState('');
  const [count, setCount] = useState('');
  const [error, setError] = useState<unknown>(null);
  const labels: Record<string, string> = {
    title: t('meeting.form.title'),
    start: t('meeting.form.start'),
    duration_minutes: t('meeting.form.duration'),
    location: t('meeting.form.location'),
    time_zone: t('meeting.form.timeZone'),
    frequency: t('meeting.form.frequency'),
    until: t('meeting.form.until'),
    count: t('meeting.form.count'),
  };
  const bad = fieldOf(error);
  const invalid = (field: string) => (bad === field ? 'true' : undefined);
  const submit: SubmitHandler = async (e) => {
    e.preventDefault();
    setError(null);
    const recurring = frequency !== 'once';
    try {
      const series = await meetingsApi.schedule({ district: props.district.id, body: props.body.id }, {
        title: title.trim() || undefined,
        start,
        time_zone: timeZone.trim() || undefined,
        duration_minutes: Number(duration),
        location: location.trim() || undefined,
        frequency,
        until: recurring && ends === 'until' && until ? until : undefined,
        count: recurring && ends === 'count' && count ? Number(count) : undefined,
      });
      setTitle('');
      setStart('');
      setUntil('');
      setCount('');
      props.onScheduled(series);
    } catch (err) {
      setError(err);
    }
  };
  return (
    <section aria-labelledby="schedule-title" class="meeting-controls">
      <h2 id="schedule-title">{t('meeting.schedule')}</h2>
      <form onSubmit={submit} noValidate>
        <Field label={t('meeting.form.titleOptional')}>
          <input value={title} aria-invalid={invalid('title')} onInput={(e) => setTitle(e.currentTarget.value)} />
        </Field>
        <Field label={t('meeting.form.start')}>
          <input type="datetime-local" value={start} aria-invalid={invalid('start')}
            onInput={(e) => setStart(e.currentTarget.value)} />
        </Field>
        <Field label={t('meeting.form.duration')}>
          <input type="number" min={5} max={1440} step={5} value={duration} aria-invalid={invalid('duration_minutes')}
            onInput={(e) => setDuration(e.currentTarget.value)} />
        </Field>
        <Field label={t('meeting.form.location')}>
          <input value={location} aria-invalid={invalid('location')} onInput={(e) => setLocation(e.currentTarget.value)} />
        </Field>
        <Field label={t('meeting.form.timeZone')}>
          <input value={timeZone} aria-invalid={invalid('time_zone')} onInput={(e) => setTimeZone(e.currentTarget.value)} />
        </Field>
        <Field label={t('meeting.form.frequency')}>
          <select value={frequency} onChange={(e) => setFrequency(e.currentTarget.value as Frequency)}>
            {(['once', 'weekly', 'biweekly', 'monthly'] as const).map((f) => (
              <option key={f} value={f}>{t(`meeting.frequency.${f}` as MessageKey)}</option>
            ))}
          </select>
        </Field>
        {frequency !== 'once' && (
          <fieldset class="ends">
            <legend>{t('meeting.form.ends')}</legend>
            <label class="inline-check">
              <input type="radio" name="ends" value="until" checked={ends === 'until'} onChange={() => setEnds('until')} />{' '}
              {t('meeting.form.endsOnDate')}
            </label>
            {ends === 'until' && (
              <Field label={t('meeting.form.until')}>
                <input type="date" value={until} aria-invalid={invalid('until')}
                  onInput={(e) => setUntil(e.currentTarget.value)} />
              </Field>
            )}
            <label class="inline-check">
              <input type="radio" name="ends" value="count" checked={ends === 'count'} onChange={() => setEnds('count')} />{' '}
              {t('meeting.form.endsAfterCount')}
            </label>
            {ends === 'count' && (
              <Field label={t('meeting.form.count')}>
                <input type="number" min={1} max={500} value={count} aria-invalid={invalid('count')}
                  onInput={(e) => setCount(e.currentTarget.value)} />
              </Field>
            )}
          </fieldset>
        )}
        <ErrorMessage error={withFieldLabel(error, labels)} />
        <button type="submit">{t('meeting.form.submit')}</button>
      </form>
    </section>
  );
}

function CalendarFeed(props: { districtId: number }) {
  const { t } = useI18n();
  const [url, setUrl] = useState('');
  const [status, setStatus] = useState('');
  const [error, setError] = useState<unknown>(null);
  const urlRef = useRef<HTMLInputElement>(null);
  const create = async () => {
    setError(null);
    setStatus('');
    try {
      const feed = await meetingsApi.createCalendarFeed(props.districtId);
      setUrl(feed.url);
      setStatus(t('meeting.feed.created'));
    } catch (err) {
      setError(err);
    }
  };
  const revoke = async () => {
    setError(null);
    setStatus('');
    try {
      await meetingsApi.revokeCalendarFeed(props.districtId);
      setUrl('');
      setStatus(t('meeting.feed.revoked'));
    } catch (err) {
      if (err instanceof ApiError && err.status === 404) {
        setUrl('');
        setStatus(t('meeting.feed.none'));
      } else setError(err);
    }
  };
  const copy = async () => {
    urlRef.current?.select();
    try {
      await navigator.clipboard.writeText(url);
      setStatus(t('meeting.feed.copied'));
    } catch {
      setStatus(t('meeting.feed.copyByHand'));
    }
  };
  return (
    <section aria-labelledby="feed-title" class="meeting-controls">
      <h2 id="feed-title">{t('meeting.feed.title')}</h2>
      <p>{t('meeting.feed.intro')}</p>
      {url && (
        <div class="feed-url">
          <Field label={t('meeting.feed.url')}>
            <input ref={urlRef} readOnly value={url} onFocus={(e) => e.currentTarget.select()} />
          </Field>
          <button type="button" onClick={copy}>{t('meeting.feed.copy')}</button>
        </div>
      )}
      <div class="button-row">
        <button type="button" class={url ? 'secondary' : undefined} onClick={create}>
          {url ? t('meeting.feed.replace') : t('meeting.feed.create')}
        </button>
        <button type="button" class="secondary" onClick={revoke}>{t('meeting.feed.revoke')}</button>
      </div>
      <ErrorMessage error={error} />
      {status && <Status>{status}</Status>}
    </section>
  );
}

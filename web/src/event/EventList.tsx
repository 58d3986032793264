import { useState } from 'preact/hooks';
import { eventsApi, type EventInput, type EventKind } from '../api/events';
import type { User } from '../api/types';
import type { MessageKey } from '../i18n/en';
import { useI18n } from '../i18n/i18n';
import { ErrorMessage, Field, Link, Loading, PageTitle, useAction, useLoad, type SubmitHandler } from '../ui/components';
import { navigate } from '../ui/router';
import { formatDay, formatDays } from '../i18n/format';
import './event.css';

// The network's conferences and retreats; my teams' check-ins that are due; a new event for administrators.
export function EventListPage(props: { user: User }) {
  const { t, locale } = useI18n();
  const events = useLoad(() => eventsApi.list(), []);
  const due = useLoad(() => eventsApi.checkInsDue(), []);
  return (
    <>
      <PageTitle>{t('event.listTitle')}</PageTitle>
      <p>{t('event.listIntro')}</p>
      {due.data && due.data.items.length > 0 && (
        <section aria-labelledby="due-title" class="event-due">
          <h2 id="due-title">{t('event.dueTitle')}</h2>
          <ul>
            {due.data.items.map((d) => (
              <li key={`${d.team_id}-${d.milestone}`}>
                <Link href={`/network/events/${d.event_id}/teams/${d.team_id}`}>
                  {t('event.dueItem', { event: d.event_title, district: d.district_name, days: d.milestone })}
                </Link>
                {' · '}
                <span class={`event-state event-state-${d.state}`}>{t(`event.state.${d.state}` as MessageKey)}</span>
                {' · '}
                {t('event.dueOn', { date: formatDay(d.due_on, locale) })}
              </li>
            ))}
          </ul>
        </section>
      )}
      <section aria-labelledby="events-title">
        <h2 id="events-title">{t('event.upcomingAndPast')}</h2>
        {!events.data ? (
          <Loading error={events.error} />
        ) : events.data.items.length === 0 ? (
          <p>{t('event.none')}</p>
        ) : (
          <ul class="cards">
            {events.data.items.map((e) => (
              <li key={e.id}>
                <Link href={`/network/events/${e.id}`}>{e.title}</Link>
                <p>
                  {t(`event.kind.${e.kind}` as MessageKey)} · {formatDays(e.starts_on, e.ends_on, locale)}
                  {e.place && <> · {e.place}</>}
                </p>
                <p>{e.registration_open ? t('event.registrationOpen') : t('event.registrationClosed')}</p>
              </li>
            ))}
          </ul>
        )}
      </section>
      {props.user.admin && <EventForm onSaved={(id) => navigate(`/network/events/${id}`)} />}
      {props.user.admin && (
        <p>
          <Link href="/network/audit">{t('audit.networkLink')}</Link>
        </p>
      )}
    </>
  );
}

// Creates an event, or changes one when `event` is given.
export function EventForm(props: { event?: EventInput & { id: number }; onSaved: (id: number) => void }) {
  const { t } = useI18n();
  const e = props.event;
  const [title, setTitle] = useState(e?.title ?? '');
  const [kind, setKind] = useState<EventKind>(e?.kind ?? 'conference');
  const [startsOn, setStartsOn] = useState(e?.starts_on ?? '');
  const [endsOn, setEndsOn] = useState(e?.ends_on ?? '');
  const [place, setPlace] = useState(e?.place ?? '');
  const [description, setDescription] = useState(e?.description ?? '');
  const [capacity, setCapacity] = useState(String(e?.team_capacity ?? 10));
  const [pledge, setPledge] = useState(e?.pledge ?? '');
  const [open, setOpen] = useState(e?.registration_open ?? true);
  const [organizers, setOrganizers] = useState('');
  const [saved, setSaved] = useState(false);
  const action = useAction();
  const submit: SubmitHandler = async (ev) => {
    ev.preventDefault();
    setSaved(false);
    const input: EventInput = {
      title, kind, starts_on: startsOn, ends_on: endsOn, place, description,
      team_capacity: Number(capacity), pledge, registration_open: open,
    };
    if (!e) input.organizer_emails = organizers.split(/[\s,;]+/).filter(Boolean);
    let id = e?.id ?? 0;
    const ok = await action.run(async () => {
      id = (e ? await eventsApi.update(e.id, input) : await eventsApi.create(input)).id;
    });
    if (ok) {
      setSaved(true);
      props.onSaved(id);
    }
  };
  const prefix = e ? 'edit' : 'new';
  return (
    <section aria-labelledby={`${prefix}-event-title`}>
      <h2 id={`${prefix}-event-title`}>{e ? t('event.editTitle') : t('event.newTitle')}</h2>
      <form onSubmit={submit}>
        <Field label={t('event.title')}>
          <input value={title} required onInput={(x) => setTitle(x.currentTarget.value)} />
        </Field>
        <Field label={t('event.kindLabel')}>
          <select value={kind} onChange={(x) => setKind(x.currentTarget.value as EventKind)}>
            <option value="conference">{t('event.kind.conference')}</option>
            <option value="retreat">{t('event.kind.retreat')}</option>
          </select>
        </Field>
        <Field label={t('event.startsOn')}>
          <input type="date" value={startsOn} required onInput={(x) => setStartsOn(x.currentTarget.value)} />
        </Field>
        <Field label={t('event.endsOn')}>
          <input type="date" value={endsOn} required onInput={(x) => setEndsOn(x.currentTarget.value)} />
        </Field>
        <Field label={t('event.place')}>
          <input value={place} onInput={(x) => setPlace(x.currentTarget.value)} />
        </Field>
        <Field label={t('event.description')}>
          <textarea rows={3} value={description} onInput={(x) => setDescription(x.currentTarget.value)} />
        </Field>
        <Field label={t('event.capacity')}>
          <input type="number" min={1} max={1000} value={capacity} required onInput={(x) => setCapacity(x.currentTarget.value)} />
        </Field>
        <Field label={t('event.pledge')}>
          <textarea rows={3} value={pledge} required onInput={(x) => setPledge(x.currentTarget.value)} />
        </Field>
        <label class="event-check">
          <input type="checkbox" checked={open} onChange={(x) => setOpen(x.currentTarget.checked)} />
          {' '}{t('event.openForRegistration')}
        </label>
        {!e && (
          <Field label={t('event.organizerEmails')}>
            <input value={organizers} onInput={(x) => setOrganizers(x.currentTarget.value)} />
          </Field>
        )}
        <ErrorMessage error={action.error} />
        {saved && <p class="status" role="status">{t('event.saved')}</p>}
        <button type="submit" disabled={action.busy}>{e ? t('event.save') : t('event.create')}</button>
      </form>
    </section>
  );
}

import { useEffect, useRef, useState } from 'preact/hooks';
import { api } from '../api/client';
import { eventsApi, type EventSession, type EventView, type Team } from '../api/events';
import type { Membership, User } from '../api/types';
import type { MessageKey } from '../i18n/en';
import { useI18n, type Translate } from '../i18n/i18n';
import { ErrorMessage, Field, Link, Loading, PageTitle, useAction, useLoad, type SubmitHandler } from '../ui/components';
import { EventForm } from './EventList';
import { formatDays, formatWallTime } from '../i18n/format';
import './event.css';

// An event: what, when and where, its sessions, my districts' teams and registering one; for its
// organizers, changing it and its sessions.
export function EventPage(props: { eventId: number; user: User }) {
  const { t, locale } = useI18n();
  const view = useLoad(() => eventsApi.get(props.eventId), [props.eventId]);
  const e = view.data;
  if (!e) return <Loading error={view.error} />;
  return (
    <>
      <PageTitle>{e.title}</PageTitle>
      <p><Link href="/network/events">{t('event.backToList')}</Link></p>
      <dl class="facts">
        <dt>{t('event.kindLabel')}</dt>
        <dd>{t(`event.kind.${e.kind}` as MessageKey)}</dd>
        <dt>{t('event.dates')}</dt>
        <dd>{formatDays(e.starts_on, e.ends_on, locale)}</dd>
        {e.place && <><dt>{t('event.place')}</dt><dd>{e.place}</dd></>}
        <dt>{t('event.places')}</dt>
        <dd>
          {t('event.placesTaken', { registered: e.registered_teams, capacity: e.team_capacity })}
          {e.waitlisted_teams > 0 && <> · {t('event.waiting', { count: e.waitlisted_teams })}</>}
        </dd>
        <dt>{t('event.registration')}</dt>
        <dd>{e.registration_open ? t('event.registrationOpen') : t('event.registrationClosed')}</dd>
        {e.organizers.length > 0 && (
          <><dt>{t('event.organizers')}</dt><dd>{e.organizers.map((o) => o.name).join(', ')}</dd></>
        )}
      </dl>
      {e.description && <p class="event-description">{e.description}</p>}
      <nav aria-label={t('event.pagesOfEvent')} class="event-links">
        <ul>
          <li><Link href={`/network/events/${e.id}/survey`}>{t('event.surveyLink')}</Link></li>
          {e.is_organizer && <li><Link href={`/network/events/${e.id}/dashboard`}>{t('event.dashboardLink')}</Link></li>}
        </ul>
      </nav>
      <Sessions event={e} locale={locale} onChanged={view.reload} />
      <MyTeams event={e} />
      {e.registration_open && <RegisterForm event={e} onRegistered={view.reload} />}
      {e.may_manage && (
        <>
          <EventForm key={e.updated_at} event={e} onSaved={view.reload} />
          <SessionForm event={e} onAdded={view.reload} />
          <Organizers event={e} onChanged={view.reload} />
        </>
      )}
    </>
  );
}

function Sessions(props: { event: EventView; locale: string; onChanged: () => void }) {
  const { t } = useI18n();
  const { event } = props;
  const action = useAction();
  const [editing, setEditing] = useState(0);
  const [done, setDone] = useState('');
  const remove = async (s: EventSession) => {
    setDone('');
    if (await action.run(() => eventsApi.removeSession(event.id, s.id))) {
      setDone(t('event.sessionRemoved', { title: s.title }));
      props.onChanged();
    }
  };
  return (
    <section aria-labelledby="sessions-title">
      <h2 id="sessions-title">{t('event.sessions')}</h2>
      {event.sessions.length === 0 ? (
        <p>{t('event.noSessions')}</p>
      ) : (
        <ul class="event-sessions">
          {event.sessions.map((s) => (
            <li key={s.id}>
              {editing === s.id ? (
                <SessionEdit event={event} session={s}
                  onDone={(title) => {
                    setEditing(0);
                    requestAnimationFrame(() => document.getElementById(`edit-session-${s.id}`)?.focus());
                    if (title) {
                      setDone(t('event.sessionSaved', { title }));
                      props.onChanged();
                    }
                  }} />
              ) : (
                <>
                  <strong>{s.title}</strong>
                  <div>
                    {formatWallTime(s.starts_at, props.locale)}
                    {s.room && <> · {t('event.room', { room: s.room })}</>}
                  </div>
                  {s.presenters.length > 0 && (
                    <div>{t('event.presentedBy', { districts: s.presenters.map((p) => p.name).join(', ') })}</div>
                  )}
                  {event.may_manage && (
                    <div class="event-row-actions">
                      <button type="button" class="secondary" id={`edit-session-${s.id}`}
                        onClick={() => { setDone(''); setEditing(s.id); }}>
                        {t('event.editSession', { title: s.title })}
                      </button>
                      <button type="button" class="secondary" disabled={action.busy} onClick={() => remove(s)}>
                        {t('event.removeSession', { title: s.title })}
                      </button>
                    </div>
                  )}
                </>
              )}
            </li>
          ))}
        </ul>
      )}
      <ErrorMessage error={action.error} />
      <div role="status" class="status">{done}</div>
    </section>
  );
}

// Changes a session in place: its title, time and room. `onDone` gets the new title once saved,
// or nothing when cancelled.
function SessionEdit(props: { event: EventView; session: EventSession; onDone: (title?: string) => void }) {
  const { t } = useI18n();
  const [title, setTitle] = useState(props.session.title);
  const [startsAt, setStartsAt] = useState(props.session.starts_at);
  const [room, setRoom] = useState(props.session.room);
  const first = useRef<HTMLInputElement>(null);
  useEffect(() => first.current?.focus(), []);
  const action = useAction();
  const submit: SubmitHandler = async (e) => {
    e.preventDefault();
    const ok = await action.run(() =>
      eventsApi.updateSession(props.event.id, props.session.id, { title, starts_at: startsAt, room }));
    if (ok) props.onDone(title);
  };
  return (
    <form onSubmit={submit} class="event-edit"
      onKeyDown={(e) => { if (e.key === 'Escape') props.onDone(); }}>
      <Field label={t('event.sessionTitle')}>
        <input ref={first} value={title} required maxLength={200} onInput={(e) => setTitle(e.currentTarget.value)} />
      </Field>
      <Field label={t('event.sessionStartsAt')}>
        <input type="datetime-local" value={startsAt} required onInput={(e) => setStartsAt(e.currentTarget.value)} />
      </Field>
      <Field label={t('event.sessionRoom')}>
        <input value={room} maxLength={100} onInput={(e) => setRoom(e.currentTarget.value)} />
      </Field>
      <ErrorMessage error={action.error} />
      <div class="event-row-actions">
        <button type="submit" disabled={action.busy}>{t('event.saveSession')}</button>
        <button type="button" class="secondary" onClick={() => props.onDone()}>{t('event.cancel')}</button>
      </div>
    </form>
  );
}

// The event's organizers, named and removed by its organizers and Accord's administrators.
function Organizers(props: { event: EventView; onChanged: () => void }) {
  const { t } = useI18n();
  const { event } = props;
  const [email, setEmail] = useState('');
  const [done, setDone] = useState('');
  const action = useAction();
  const add: SubmitHandler = async (e) => {
    e.preventDefault();
    setDone('');
    let name = '';
    const ok = await action.run(async () => {
      const r = await eventsApi.addOrganizer(event.id, email.trim());
      name = r.items.find((o) => o.email.toLowerCase() === email.trim().toLowerCase())?.name ?? email.trim();
    });
    if (ok) {
      setDone(t('event.organizerAdded', { name }));
      setEmail('');
      props.onChanged();
    }
  };
  const remove = async (user: number, name: string) => {
    setDone('');
    if (await action.run(() => eventsApi.removeOrganizer(event.id, user))) {
      setDone(t('event.organizerRemoved', { name }));
      props.onChanged();
    }
  };
  return (
    <section aria-labelledby="organizers-title">
      <h2 id="organizers-title">{t('event.organizers')}</h2>
      {event.organizers.length === 0 ? (
        <p>{t('event.noOrganizers')}</p>
      ) : (
        <ul class="event-organizers">
          {event.organizers.map((o) => (
            <li key={o.user_id}>
              <span>{o.name} ({o.email})</span>
              <button type="button" class="secondary" disabled={action.busy} onClick={() => remove(o.user_id, o.name)}>
                {t('event.removeOrganizer', { name: o.name })}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form onSubmit={add}>
        <Field label={t('event.organizerEmail')}>
          <input type="email" value={email} required autocomplete="off" onInput={(e) => setEmail(e.currentTarget.value)} />
        </Field>
        <ErrorMessage error={action.error} />
        <button type="submit" disabled={action.busy}>{t('event.addOrganizer')}</button>
      </form>
      <div role="status" class="status">{done}</div>
    </section>
  );
}

function teamStatus(t: Translate, team: Team) {
  if (team.status === 'waitlisted') return t('event.waitlistPosition', { position: team.waitlist_position ?? 0 });
  return t(`event.status.${team.status}` as MessageKey);
}

function MyTeams(props: { event: EventView }) {
  const { t } = useI18n();
  const teams = props.event.my_teams;
  if (teams.length === 0) return null;
  return (
    <section aria-labelledby="my-teams-title">
      <h2 id="my-teams-title">{t('event.myTeams')}</h2>
      <ul class="cards">
        {teams.map((team) => (
          <li key={team.id} class="event-team-card">
            <strong>{team.district_name}</strong>
            <p class={`event-team-status event-team-${team.status}`}>{teamStatus(t, team)}</p>
            <p>
              {t('event.signedCount', {
                signed: team.members.filter((m) => m.signed_at).length, total: team.members.length,
              })}
            </p>
            <Link href={`/network/events/${props.event.id}/teams/${team.id}`}>
              {t('event.openTeam', { district: team.district_name })}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}

const requiredRoles = ['superintendent', 'union_president', 'board_president'];

function RegisterForm(props: { event: EventView; onRegistered: () => void }) {
  const { t } = useI18n();
  const districts = useLoad(() => api.districts(), []);
  const taken = new Set(props.event.my_teams.filter((x) => x.status !== 'withdrawn').map((x) => x.district_id));
  const free = districts.data?.items.filter((d) => !taken.has(d.id)) ?? [];
  const [districtId, setDistrictId] = useState(0);
  const chosen = districtId || free[0]?.id || 0;
  const members = useLoad(
    () => (chosen ? api.memberships(chosen) : Promise.resolve({ items: [] as Membership[], next_cursor: null })),
    [chosen],
  );
  const [picked, setPicked] = useState<Record<number, boolean>>({});
  const isPicked = (m: Membership) => picked[m.user_id] ?? requiredRoles.includes(m.role);
  const [done, setDone] = useState('');
  const action = useAction();
  if (!districts.data) return <Loading error={districts.error} />;
  if (free.length === 0 && !done) return null;
  const submit: SubmitHandler = async (e) => {
    e.preventDefault();
    setDone('');
    const ids = (members.data?.items ?? []).filter(isPicked).map((m) => m.user_id);
    let team: Team | null = null;
    const ok = await action.run(async () => {
      team = await eventsApi.register(props.event.id, chosen, ids);
    });
    if (ok && team) {
      const registered: Team = team;
      setDone(registered.status === 'registered'
        ? t('event.registered', { district: registered.district_name })
        : t('event.waitlisted', { district: registered.district_name, position: registered.waitlist_position ?? 0 }));
      setPicked({});
      setDistrictId(0);
      props.onRegistered();
    }
  };
  return (
    <section aria-labelledby="register-title">
      <h2 id="register-title">{t('event.registerTitle')}</h2>
      {free.length > 0 && <p>{t('event.registerIntro')}</p>}
      {free.length > 0 && <form onSubmit={submit}>
        <Field label={t('event.district')}>
          <select value={chosen} onChange={(e) => { setDistrictId(Number(e.currentTarget.value)); setPicked({}); }}>
            {free.map((d) => <option key={d.id} value={d.id}>{d.name}</option>)}
          </select>
        </Field>
        <fieldset class="event-members">
          <legend>{t('event.teamMembers')}</legend>
          {!members.data ? (
            <Loading error={members.error} />
          ) : (
            members.data.items.map((m) => (
              <label key={m.user_id} class="event-check">
                <input type="checkbox" checked={isPicked(m)}
                  onChange={(e) => setPicked({ ...picked, [m.user_id]: e.currentTarget.checked })} />
                {' '}{m.name} ({t(`role.${m.role}` as MessageKey)})
              </label>
            ))
          )}
        </fieldset>
        <ErrorMessage error={action.error} />
        <button type="submit" disabled={action.busy}>{t('event.register')}</button>
      </form>}
      <div role="status" class="status">{done}</div>
    </section>
  );
}

function SessionForm(props: { event: EventView; onAdded: () => void }) {
  const { t } = useI18n();
  const [title, setTitle] = useState('');
  const [startsAt, setStartsAt] = useState(`${props.event.starts_on}T09:00`);
  const [room, setRoom] = useState('');
  const [presenters, setPresenters] = useState<number[]>([]);
  const dashboard = useLoad(
    () => (props.event.is_organizer ? eventsApi.dashboard(props.event.id) : Promise.resolve({ on: '', teams: [] })),
    [props.event.id],
  );
  const action = useAction();
  const submit: SubmitHandler = async (e) => {
    e.preventDefault();
    const ok = await action.run(() =>
      eventsApi.addSession(props.event.id, { title, starts_at: startsAt, room, presenting_district_ids: presenters }));
    if (ok) {
      setTitle('');
      setRoom('');
      setPresenters([]);
      props.onAdded();
    }
  };
  const teams = dashboard.data?.teams ?? [];
  return (
    <section aria-labelledby="session-form-title">
      <h2 id="session-form-title">{t('event.addSession')}</h2>
      <form onSubmit={submit}>
        <Field label={t('event.sessionTitle')}>
          <input value={title} required onInput={(e) => setTitle(e.currentTarget.value)} />
        </Field>
        <Field label={t('event.sessionStartsAt')}>
          <input type="datetime-local" value={startsAt} required onInput={(e) => setStartsAt(e.currentTarget.value)} />
        </Field>
        <Field label={t('event.sessionRoom')}>
          <input value={room} onInput={(e) => setRoom(e.currentTarget.value)} />
        </Field>
        {teams.length > 0 && (
          <fieldset class="event-members">
            <legend>{t('event.presentingDistricts')}</legend>
            {teams.map((team) => (
              <label key={team.district_id} class="event-check">
                <input type="checkbox" checked={presenters.includes(team.district_id)}
                  onChange={(e) => setPresenters(e.currentTarget.checked
                    ? [...presenters, team.district_id]
                    : presenters.filter((p) => p !== team.district_id))} />
                {' '}{team.district_name}
              </label>
            ))}
          </fieldset>
        )}
        <ErrorMessage error={action.error} />
        <button type="submit" disabled={action.busy}>{t('event.addSessionButton')}</button>
      </form>
    </section>
  );
}

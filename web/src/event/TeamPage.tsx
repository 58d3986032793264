import { useEffect, useRef, useState } from 'preact/hooks';
import { api } from '../api/client';
import { eventsApi, goalStatuses, type GoalStatus, type NetworkEvent, type PlanGoal, type TeamView } from '../api/events';
import type { User } from '../api/types';
import type { MessageKey } from '../i18n/en';
import { useI18n } from '../i18n/i18n';
import { ErrorMessage, Field, Link, Loading, PageTitle, TableScroll, useAction, useLoad, type SubmitHandler } from '../ui/components';
import { formatDay } from '../i18n/format';
import './event.css';

// A district's team at an event: the pledge each member signs, the action plan and bringing it
// home, and the follow-up check-ins.
export function TeamPage(props: { eventId: number; teamId: number; user: User }) {
  const { t } = useI18n();
  const event = useLoad(() => eventsApi.get(props.eventId), [props.eventId]);
  const team = useLoad(() => eventsApi.team(props.eventId, props.teamId), [props.eventId, props.teamId]);
  if (!event.data || !team.data) return <Loading error={event.error ?? team.error} />;
  const e = event.data;
  const tm = team.data;
  return (
    <>
      <PageTitle>{t('event.teamTitle', { district: tm.district_name })}</PageTitle>
      <p>
        <Link href={`/network/events/${e.id}`}>{e.title}</Link>
        {' · '}
        <span class={`event-team-status event-team-${tm.status}`}>
          {tm.status === 'waitlisted'
            ? t('event.waitlistPosition', { position: tm.waitlist_position ?? 0 })
            : t(`event.status.${tm.status}` as MessageKey)}
        </span>
      </p>
      <Pledge event={e} team={tm} user={props.user} onSigned={team.reload} />
      <Plan event={e} team={tm} onChanged={team.reload} />
      <CheckIns event={e} team={tm} onReported={team.reload} />
      {tm.may_work && tm.status !== 'withdrawn' && <Withdraw event={e} team={tm} onWithdrawn={team.reload} />}
    </>
  );
}

function Withdraw(props: { event: NetworkEvent; team: TeamView; onWithdrawn: () => void }) {
  const { t } = useI18n();
  const action = useAction();
  const withdraw = async () => {
    if (await action.run(() => eventsApi.withdraw(props.event.id, props.team.id))) props.onWithdrawn();
  };
  return (
    <section aria-labelledby="withdraw-title">
      <h2 id="withdraw-title">{t('event.withdrawTitle')}</h2>
      <p>{t('event.withdrawIntro')}</p>
      <button type="button" class="secondary" onClick={withdraw} disabled={action.busy}>
        {t('event.withdraw', { district: props.team.district_name })}
      </button>
      <ErrorMessage error={action.error} />
    </section>
  );
}

function Pledge(props: { event: NetworkEvent; team: TeamView; user: User; onSigned: () => void }) {
  const { t, locale } = useI18n();
  const { team } = props;
  const me = team.members.find((m) => m.user_id === props.user.id);
  const [done, setDone] = useState('');
  const action = useAction();
  const sign = async () => {
    if (await action.run(() => eventsApi.signPledge(props.event.id, team.id))) {
      setDone(t('event.pledgeSigned'));
      props.onSigned();
    }
  };
  return (
    <section aria-labelledby="pledge-title">
      <h2 id="pledge-title">{t('event.pledgeTitle')}</h2>
      <blockquote class="event-pledge">{props.event.pledge}</blockquote>
      <ul class="event-signers">
        {team.members.map((m) => (
          <li key={m.user_id}>
            {m.name} ({t(`role.${m.role}` as MessageKey)}):{' '}
            {m.signed_at
              ? t('event.signedOn', { date: formatDay(m.signed_at, locale) })
              : t('event.notSigned')}
          </li>
        ))}
      </ul>
      {team.fully_signed && <p>{t('event.allSigned')}</p>}
      {me && !me.signed_at && team.status !== 'withdrawn' && (
        <button type="button" onClick={sign} disabled={action.busy}>{t('event.signPledge', { name: me.name })}</button>
      )}
      <ErrorMessage error={action.error} />
      <div role="status" class="status">{done}</div>
    </section>
  );
}

function Plan(props: { event: NetworkEvent; team: TeamView; onChanged: () => void }) {
  const { t, locale } = useI18n();
  const { team, event } = props;
  const homeCount = team.goals.filter((g) => g.action_item_id).length;
  const action = useAction();
  const [done, setDone] = useState('');
  const [atHome, setAtHome] = useState(false);
  const [editing, setEditing] = useState(0);
  const remove = async (goal: PlanGoal) => {
    setDone('');
    setAtHome(false);
    if (await action.run(() => eventsApi.removeGoal(event.id, team.id, goal.id))) {
      setDone(t('event.goalRemoved', { goal: goal.text }));
      props.onChanged();
    }
  };
  return (
    <section aria-labelledby="plan-title">
      <h2 id="plan-title">{t('event.planTitle')}</h2>
      {team.goals.length === 0 ? (
        <p>{t('event.noGoals')}</p>
      ) : (
        <TableScroll>
          <table>
            <caption class="visually-hidden">{t('event.planTitle')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('event.goal')}</th>
                <th scope="col">{t('event.owner')}</th>
                <th scope="col">{t('event.dueDate')}</th>
                <th scope="col">{t('event.atHome')}</th>
              </tr>
            </thead>
            <tbody>
              {team.goals.map((g) => editing === g.id && !g.action_item_id ? (
                <tr key={g.id}>
                  <td colSpan={4}>
                    <GoalEdit eventId={event.id} team={team} goal={g} onDone={(text) => {
                      setEditing(0);
                      requestAnimationFrame(() => document.getElementById(`edit-goal-${g.id}`)?.focus());
                      if (text) {
                        setDone(t('event.goalSaved', { goal: text }));
                        props.onChanged();
                      }
                    }} />
                  </td>
                </tr>
              ) : (
                <tr key={g.id}>
                  <td>{g.text}</td>
                  <td>{g.owner_name}</td>
                  <td>{formatDay(g.due_date, locale)}</td>
                  <td>
                    {g.action_item_id ? (
                      <Link href={`/districts/${team.district_id}/actions`}>{t('event.isActionItem')}</Link>
                    ) : team.may_work ? (
                      <div class="event-row-actions">
                        <button type="button" class="secondary" id={`edit-goal-${g.id}`}
                          onClick={() => { setDone(''); setAtHome(false); setEditing(g.id); }}>
                          {t('event.editGoal', { goal: g.text })}
                        </button>
                        <button type="button" class="secondary" disabled={action.busy} onClick={() => remove(g)}>
                          {t('event.removeGoal', { goal: g.text })}
                        </button>
                      </div>
                    ) : (
                      t('event.notYetHome')
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
      <ErrorMessage error={action.error} />
      {team.may_work && team.status !== 'withdrawn' && (
        <>
          <GoalForm eventId={event.id} team={team} onAdded={props.onChanged} />
          {team.goals.length > homeCount && (
            <BringHome eventId={event.id} team={team} onDone={(n) => {
              setAtHome(true);
              setDone(n === 1
                ? t('event.broughtHomeOne', { district: team.district_name })
                : t('event.broughtHome', { count: n, district: team.district_name }));
              props.onChanged();
            }} />
          )}
        </>
      )}
      <div role="status" class="status">
        {done}
        {done && atHome && <> <Link href={`/districts/${team.district_id}/actions`}>{t('event.seeActionItems')}</Link></>}
      </div>
    </section>
  );
}

// Changes a goal not yet brought home, in place: its text, owner and due date. `onDone` gets the
// new text once saved, or nothing when cancelled.
function GoalEdit(props: { eventId: number; team: TeamView; goal: PlanGoal; onDone: (text?: string) => void }) {
  const { t } = useI18n();
  const members = useLoad(() => api.memberships(props.team.district_id), [props.team.district_id]);
  const [text, setText] = useState(props.goal.text);
  const [owner, setOwner] = useState(props.goal.owner_id);
  const [due, setDue] = useState(props.goal.due_date);
  const first = useRef<HTMLInputElement>(null);
  useEffect(() => first.current?.focus(), []);
  const action = useAction();
  const owners = members.data?.items ?? [];
  const submit: SubmitHandler = async (e) => {
    e.preventDefault();
    const ok = await action.run(() =>
      eventsApi.updateGoal(props.eventId, props.team.id, props.goal.id, { text, owner_id: owner, due_date: due }));
    if (ok) props.onDone(text);
  };
  return (
    <form onSubmit={submit} class="event-edit" onKeyDown={(e) => { if (e.key === 'Escape') props.onDone(); }}>
      <Field label={t('event.goal')}>
        <input ref={first} value={text} required maxLength={300} onInput={(e) => setText(e.currentTarget.value)} />
      </Field>
      <Field label={t('event.owner')}>
        <select value={owner} onChange={(e) => setOwner(Number(e.currentTarget.value))}>
          {!owners.some((m) => m.user_id === owner) && <option value={owner}>{props.goal.owner_name}</option>}
          {owners.map((m) => <option key={m.user_id} value={m.user_id}>{m.name}</option>)}
        </select>
      </Field>
      <Field label={t('event.dueDate')}>
        <input type="date" value={due} required onInput={(e) => setDue(e.currentTarget.value)} />
      </Field>
      <ErrorMessage error={action.error ?? members.error} />
      <div class="event-row-actions">
        <button type="submit" disabled={action.busy}>{t('event.saveGoal')}</button>
        <button type="button" class="secondary" onClick={() => props.onDone()}>{t('event.cancel')}</button>
      </div>
    </form>
  );
}

function GoalForm(props: { eventId: number; team: TeamView; onAdded: () => void }) {
  const { t } = useI18n();
  const members = useLoad(() => api.memberships(props.team.district_id), [props.team.district_id]);
  const [text, setText] = useState('');
  const [owner, setOwner] = useState(0);
  const [due, setDue] = useState('');
  const action = useAction();
  const owners = members.data?.items ?? [];
  const chosen = owner || owners[0]?.user_id || 0;
  const submit: SubmitHandler = async (e) => {
    e.preventDefault();
    const ok = await action.run(() => eventsApi.addGoal(props.eventId, props.team.id, { text, owner_id: chosen, due_date: due }));
    if (ok) {
      setText('');
      setDue('');
      props.onAdded();
    }
  };
  return (
    <form onSubmit={submit} aria-labelledby="goal-form-title">
      <h3 id="goal-form-title">{t('event.addGoal')}</h3>
      <Field label={t('event.goal')}>
        <input value={text} required maxLength={300} onInput={(e) => setText(e.currentTarget.value)} />
      </Field>
      <Field label={t('event.owner')}>
        <select value={chosen} onChange={(e) => setOwner(Number(e.currentTarget.value))}>
          {owners.map((m) => <option key={m.user_id} value={m.user_id}>{m.name}</option>)}
        </select>
      </Field>
      <Field label={t('event.dueDate')}>
        <input type="date" value={due} required onInput={(e) => setDue(e.currentTarget.value)} />
      </Field>
      <ErrorMessage error={action.error ?? members.error} />
      <button type="submit" disabled={action.busy}>{t('event.addGoalButton')}</button>
    </form>
  );
}

function BringHome(props: { eventId: number; team: TeamView; onDone: (count: number) => void }) {
  const { t } = useI18n();
  const bodies = useLoad(() => api.bodies(props.team.district_id), [props.team.district_id]);
  const [body, setBody] = useState(0);
  const action = useAction();
  const submit: SubmitHandler = async (e) => {
    e.preventDefault();
    const before = props.team.goals.filter((g) => g.action_item_id).length;
    let after = before;
    const ok = await action.run(async () => {
      const r = await eventsApi.bringHome(props.eventId, props.team.id, body || undefined);
      after = r.items.filter((g) => g.action_item_id).length;
    });
    if (ok) props.onDone(after - before);
  };
  return (
    <form onSubmit={submit} aria-labelledby="bring-home-title">
      <h3 id="bring-home-title">{t('event.bringHomeTitle')}</h3>
      <p>{t('event.bringHomeIntro', { district: props.team.district_name })}</p>
      <Field label={t('event.body')}>
        <select value={body} onChange={(e) => setBody(Number(e.currentTarget.value))}>
          <option value={0}>{t('event.noBody')}</option>
          {(bodies.data?.items ?? []).map((b) => <option key={b.id} value={b.id}>{b.name}</option>)}
        </select>
      </Field>
      <ErrorMessage error={action.error} />
      <button type="submit" disabled={action.busy}>{t('event.bringHome')}</button>
    </form>
  );
}

function CheckIns(props: { event: NetworkEvent; team: TeamView; onReported: () => void }) {
  const { t, locale } = useI18n();
  const { team } = props;
  const today = new Date().toISOString().slice(0, 10);
  const reported = new Map(team.check_ins.map((c) => [c.milestone, c]));
  const open = team.check_in_schedule.filter((s) => !reported.has(s.milestone) && s.due_on <= today);
  const [done, setDone] = useState('');
  const goalText = new Map(team.goals.map((g) => [g.id, g.text]));
  return (
    <section aria-labelledby="check-ins-title">
      <h2 id="check-ins-title">{t('event.checkInsTitle')}</h2>
      <ul class="event-schedule">
        {team.check_in_schedule.map((s) => {
          const c = reported.get(s.milestone);
          return (
            <li key={s.milestone}>
              <strong>{t('event.checkInName', { days: s.milestone })}</strong>
              {' · '}
              {t('event.dueOn', { date: formatDay(s.due_on, locale) })}
              {' · '}
              {c
                ? t('event.reportedBy', { name: c.reporter_name, date: formatDay(c.reported_at, locale) })
                : s.due_on <= today ? t('event.state.due') : t('event.state.upcoming')}
              {c && (
                <ul>
                  {c.progress.map((p) => (
                    <li key={p.goal_id}>
                      {goalText.get(p.goal_id)}: {t(`event.goalStatus.${p.status}` as MessageKey)}
                      {p.note && <> — {p.note}</>}
                    </li>
                  ))}
                </ul>
              )}
            </li>
          );
        })}
      </ul>
      {team.may_work && team.status === 'registered' && open.length > 0 && team.goals.length > 0 && (
        <CheckInForm key={open[0].milestone} eventId={props.event.id} team={team} milestones={open.map((o) => o.milestone)}
          onReported={(days) => {
            setDone(t('event.checkInReported', { days }));
            props.onReported();
          }} />
      )}
      <div role="status" class="status">{done}</div>
    </section>
  );
}

function CheckInForm(props: { eventId: number; team: TeamView; milestones: number[]; onReported: (days: number) => void }) {
  const { t } = useI18n();
  const [milestone, setMilestone] = useState(props.milestones[0]);
  const [status, setStatus] = useState<Record<number, GoalStatus>>({});
  const [notes, setNotes] = useState<Record<number, string>>({});
  const action = useAction();
  const submit: SubmitHandler = async (e) => {
    e.preventDefault();
    const progress = props.team.goals.map((g) => ({ goal_id: g.id, status: status[g.id] ?? 'in_progress', note: notes[g.id] ?? '' }));
    if (await action.run(() => eventsApi.reportCheckIn(props.eventId, props.team.id, milestone, progress)))
      props.onReported(milestone);
  };
  return (
    <form onSubmit={submit} aria-labelledby="check-in-form-title" class="event-check-in">
      <h3 id="check-in-form-title">{t('event.reportCheckIn')}</h3>
      <Field label={t('event.checkIn')}>
        <select value={milestone} onChange={(e) => setMilestone(Number(e.currentTarget.value))}>
          {props.milestones.map((m) => <option key={m} value={m}>{t('event.checkInName', { days: m })}</option>)}
        </select>
      </Field>
      {props.team.goals.map((g) => (
        <fieldset key={g.id}>
          <legend>{g.text}</legend>
          <Field label={t('event.progress')}>
            <select value={status[g.id] ?? 'in_progress'}
              onChange={(e) => setStatus({ ...status, [g.id]: e.currentTarget.value as GoalStatus })}>
              {goalStatuses.map((s) => <option key={s} value={s}>{t(`event.goalStatus.${s}` as MessageKey)}</option>)}
            </select>
          </Field>
          <Field label={t('event.note')}>
            <textarea rows={2} value={notes[g.id] ?? ''} onInput={(e) => setNotes({ ...notes, [g.id]: e.currentTarget.value })} />
          </Field>
        </fieldset>
      ))}
      <ErrorMessage error={action.error} />
      <button type="submit" disabled={action.busy}>{t('event.sendCheckIn')}</button>
    </form>
  );
}

import { useEffect, useRef, useState } from 'preact/hooks';
import { meetingsApi, type AgendaItem, type AttendanceStatus, type Outcome } from '../api/meetings';
import type { MessageKey } from '../i18n/en';
import { useI18n } from '../i18n/i18n';
import { ErrorMessage, Field, Status, type SubmitHandler } from '../ui/components';
import { clock, fieldOf, localDay, today, withFieldLabel } from './format';
import { formatDay } from '../i18n/format';
import type { MeetingContext } from './MeetingPage';
import { meetingActions, meetingDecisions, subjectOf } from './subjects';

// The meeting as it happens: the current item and its timer, outcomes, attendance, the minutes,
// and the action items and decisions taken. Every participant's page follows the same record.
export function LiveMeeting(props: { ctx: MeetingContext }) {
  const { ctx } = props;
  const [chosen, setChosen] = useState<number | null>(null);
  const open = ctx.meeting.agenda.filter((i) => !i.outcome);
  const current = open.find((i) => i.id === chosen) ?? open[0] ?? null;
  return (
    <>
      <CurrentItem item={current} ctx={ctx} />
      <LiveAgenda ctx={ctx} current={current} onTakeUp={setChosen} />
      <AttendanceSection ctx={ctx} />
      <MinutesEditor ctx={ctx} />
      <Actions ctx={ctx} />
      <Decisions ctx={ctx} />
    </>
  );
}

// The timer runs in each browser from the moment the item became current there.
function useTimer(key: number | null) {
  const [startedAt, setStartedAt] = useState<number | null>(() => Date.now());
  const [banked, setBanked] = useState(0);
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    setStartedAt(Date.now());
    setBanked(0);
  }, [key]);
  useEffect(() => {
    if (startedAt === null) return;
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [startedAt]);
  const elapsed = (banked + (startedAt === null ? 0 : Math.max(0, now - startedAt))) / 1000;
  return {
    elapsed,
    running: startedAt !== null,
    pause: () => {
      if (startedAt !== null) setBanked(banked + Date.now() - startedAt);
      setStartedAt(null);
    },
    resume: () => {
      setNow(Date.now());
      setStartedAt(Date.now());
    },
    restart: () => {
      setBanked(0);
      setNow(Date.now());
      setStartedAt(Date.now());
    },
  };
}

function CurrentItem(props: { item: AgendaItem | null; ctx: MeetingContext }) {
  const { t } = useI18n();
  const { item } = props;
  const timer = useTimer(item?.id ?? null);
  const box = (item?.time_box_minutes ?? 0) * 60;
  const over = item !== null && timer.elapsed > box;
  return (
    <section aria-labelledby="current-title" class="current-item no-print">
      <h2 id="current-title">{t('meeting.live.current')}</h2>
      {!item ? (
        <p>{props.ctx.meeting.agenda.length ? t('meeting.live.allDone') : t('meeting.agendaEmpty')}</p>
      ) : (
        <>
          <p class="current-title">{item.title}</p>
          <p class={over ? 'timer over' : 'timer'} role="timer" aria-labelledby="current-title">
            {t('meeting.live.timer', { elapsed: clock(timer.elapsed), box: clock(box) })}
          </p>
          <progress max={box} value={Math.min(timer.elapsed, box)} aria-hidden="true" />
          {over && <p class="over-note">{t('meeting.live.overTime')}</p>}
          <div class="button-row">
            {timer.running ? (
              <button type="button" class="secondary" onClick={timer.pause}>{t('meeting.live.pause')}</button>
            ) : (
              <button type="button" class="secondary" onClick={timer.resume}>{t('meeting.live.resume')}</button>
            )}
            <button type="button" class="secondary" onClick={timer.restart}>{t('meeting.live.restart')}</button>
          </div>
        </>
      )}
    </section>
  );
}

function LiveAgenda(props: { ctx: MeetingContext; current: AgendaItem | null; onTakeUp: (id: number) => void }) {
  const { t } = useI18n();
  const { ctx, current } = props;
  const [error, setError] = useState<unknown>(null);
  const record = async (item: AgendaItem, outcome: Outcome) => {
    setError(null);
    try {
      await meetingsApi.setOutcome({ ...ctx.ids, item: item.id }, outcome);
      ctx.refresh();
    } catch (err) {
      setError(err);
    }
  };
  const agenda = ctx.meeting.agenda;
  return (
    <section aria-labelledby="live-agenda-title">
      <h2 id="live-agenda-title">{t('meeting.agenda')}</h2>
      <ErrorMessage error={error} />
      {agenda.length === 0 ? (
        <p>{t('meeting.agendaEmpty')}</p>
      ) : (
        <ol class="agenda live-agenda">
          {agenda.map((item) => {
            const subject = subjectOf(item, ctx, t);
            const isCurrent = current?.id === item.id;
            return (
              <li key={item.id} class={isCurrent ? 'agenda-item current' : 'agenda-item'}
                aria-current={isCurrent ? 'step' : undefined}>
                <div class="agenda-item-text">
                  <span class="agenda-title">{item.title}</span>
                  <span class="agenda-box">{t('meeting.timeBox', { minutes: item.time_box_minutes })}</span>
                  {subject && <span class="agenda-subject">{subject}</span>}
                  {isCurrent && <span class="badge badge-current">{t('meeting.live.now')}</span>}
                  <span class={`badge badge-${item.outcome ?? 'open'}`}>
                    {item.outcome ? t(`meeting.outcome.${item.outcome}` as MessageKey) : t('meeting.outcome.open')}
                  </span>
                </div>
                <div class="agenda-item-controls no-print">
                  {!item.outcome && !isCurrent && (
                    <button type="button" class="secondary" aria-label={t('meeting.live.takeUpItem', { title: item.title })}
                      onClick={() => props.onTakeUp(item.id)}>
                      {t('meeting.live.takeUp')}
                    </button>
                  )}
                  {ctx.rights.keepRecord && (['done', 'carried_over'] as const).map((outcome) => (
                    <button key={outcome} type="button" class={item.outcome === outcome ? undefined : 'secondary'}
                      aria-pressed={item.outcome === outcome} onClick={() => record(item, outcome)}
                      aria-label={t(`meeting.live.markItem.${outcome}` as MessageKey, { title: item.title })}>
                      {t(`meeting.live.mark.${outcome}` as MessageKey)}
                    </button>
                  ))}
                </div>
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}

const statuses: AttendanceStatus[] = ['present', 'absent', 'excused'];

function AttendanceSection(props: { ctx: MeetingContext }) {
  const { t } = useI18n();
  const { ctx } = props;
  const [error, setError] = useState<unknown>(null);
  // A choice shows at once, before the server has it; the server's record replaces it when it comes.
  const [chosen, setChosen] = useState<Record<number, AttendanceStatus>>({});
  const statusOf = new Map(ctx.meeting.attendance.map((a) => [a.user_id, a.status]));
  for (const [user, status] of Object.entries(chosen)) statusOf.set(Number(user), status);
  const present = ctx.body.members.filter((m) => statusOf.get(m.user_id) === 'present').length;
  const forget = (user: number) => setChosen(({ [user]: _, ...rest }) => rest);
  const record = async (user: number, status: AttendanceStatus) => {
    setError(null);
    setChosen((c) => ({ ...c, [user]: status }));
    try {
      await meetingsApi.setAttendance({ ...ctx.ids, user }, status);
      await ctx.refresh();
    } catch (err) {
      setError(err);
    }
    forget(user);
  };
  return (
    <section aria-labelledby="attendance-title">
      <h2 id="attendance-title">{t('meeting.attendance')}</h2>
      <p>{t('meeting.attendanceCount', { present, total: ctx.body.members.length })}</p>
      <ErrorMessage error={error} />
      <ul class="attendance">
        {ctx.body.members.map((m) => {
          const status = statusOf.get(m.user_id);
          const who = `${m.name} (${t(`side.${m.side}` as MessageKey)})`;
          return (
            <li key={m.user_id}>
              {ctx.rights.keepRecord ? (
                <fieldset>
                  <legend>{who}</legend>
                  {statuses.map((s) => (
                    <label key={s} class="inline-check">
                      <input type="radio" name={`attendance-${m.user_id}`} value={s} checked={status === s}
                        onChange={() => record(m.user_id, s)} />{' '}
                      {t(`meeting.attendance.${s}` as MessageKey)}
                    </label>
                  ))}
                </fieldset>
              ) : (
                <span>
                  {who}: {status ? t(`meeting.attendance.${status}` as MessageKey) : t('meeting.attendance.unknown')}
                </span>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

// The minutes follow the server while this person has not started typing; once they have, a newer
// text from someone else is offered, never forced over theirs.
function MinutesEditor(props: { ctx: MeetingContext }) {
  const { t } = useI18n();
  const { ctx } = props;
  const server = ctx.meeting.minutes;
  const [draft, setDraft] = useState(server);
  const [base, setBase] = useState(server);
  const [dirty, setDirty] = useState(false);
  const [saving, setSaving] = useState(false);
  const [status, setStatus] = useState('');
  const [error, setError] = useState<unknown>(null);
  const latest = useRef(draft);
  latest.current = draft;
  useEffect(() => {
    if (!dirty && !saving) {
      setDraft(server);
      setBase(server);
    }
  }, [server]);
  const theirs = dirty && server !== base && server !== draft;
  const save = async () => {
    setError(null);
    setSaving(true);
    const sent = draft;
    try {
      const saved = await meetingsApi.writeMinutes(ctx.ids, sent);
      setBase(saved.minutes);
      // Typing while the save was on its way leaves the text unsaved.
      setDirty(latest.current !== sent);
      setStatus(t('meeting.minutes.saved'));
      ctx.refresh();
    } catch (err) {
      setError(err);
    }
    setSaving(false);
  };
  if (!ctx.rights.keepRecord) {
    return (
      <section aria-labelledby="minutes-title">
        <h2 id="minutes-title">{t('meeting.minutes')}</h2>
        {server ? <div class="minutes-text">{server}</div> : <p>{t('meeting.minutes.none')}</p>}
      </section>
    );
  }
  return (
    <section aria-labelledby="minutes-title" class="minutes-editor">
      <h2 id="minutes-title">{t('meeting.minutes')}</h2>
      <Field label={t('meeting.minutes.label')}>
        <textarea rows={10} value={draft} onInput={(e) => {
          setDraft(e.currentTarget.value);
          setDirty(true);
          setStatus('');
        }} />
      </Field>
      {theirs && (
        <div class="notice">
          <p>{t('meeting.minutes.theirs')}</p>
          <button type="button" class="secondary" onClick={() => {
            setDraft(server);
            setBase(server);
            setDirty(false);
          }}>{t('meeting.minutes.takeTheirs')}</button>
        </div>
      )}
      <ErrorMessage error={error} />
      <div class="button-row">
        <button type="button" onClick={save} disabled={saving}>{t('meeting.minutes.save')}</button>
        {dirty && <span class="unsaved">{t('meeting.minutes.unsaved')}</span>}
      </div>
      {status && <Status>{status}</Status>}
    </section>
  );
}

function Actions(props: { ctx: MeetingContext }) {
  const { t, locale } = useI18n();
  const { ctx } = props;
  const [title, setTitle] = useState('');
  const [owner, setOwner] = useState('');
  const [due, setDue] = useState(() => today(14));
  const [error, setError] = useState<unknown>(null);
  const [status, setStatus] = useState('');
  const actions = meetingActions(ctx);
  const labels: Record<string, string> = {
    title: t('meeting.action.title'), owner_id: t('meeting.action.owner'), due_date: t('meeting.action.due'),
  };
  const bad = fieldOf(error);
  const submit: SubmitHandler = async (e) => {
    e.preventDefault();
    setError(null);
    try {
      const created = await meetingsApi.createActionItem(ctx.district.id, {
        title, owner_id: Number(owner) || ctx.rights.me, due_date: due, body_id: ctx.body.id, meeting_id: ctx.meeting.id,
      });
      setTitle('');
      setStatus(t('meeting.action.created', { title: created.title }));
      ctx.refresh();
    } catch (err) {
      setError(err);
    }
  };
  return (
    <section aria-labelledby="actions-title">
      <h2 id="actions-title">{t('meeting.actions')}</h2>
      {actions.length === 0 ? (
        <p>{t('meeting.actions.none')}</p>
      ) : (
        <ul class="plain">
          {actions.map((a) => (
            <li key={a.id}>
              {t('meeting.action.line', { title: a.title, owner: a.owner_name, date: formatDay(a.due_date, locale) })}
              {' · '}{t(`meeting.actionStatus.${a.status}` as MessageKey)}
            </li>
          ))}
        </ul>
      )}
      {ctx.rights.proposeItem && (
        <form onSubmit={submit} noValidate class="no-print">
          <h3>{t('meeting.action.add')}</h3>
          <Field label={t('meeting.action.title')}>
            <input value={title} aria-invalid={bad === 'title' ? 'true' : undefined}
              onInput={(e) => setTitle(e.currentTarget.value)} />
          </Field>
          <Field label={t('meeting.action.owner')}>
            <select value={owner} onChange={(e) => setOwner(e.currentTarget.value)}>
              <option value="">{t('meeting.action.me')}</option>
              {ctx.body.members.filter((m) => m.user_id !== ctx.rights.me).map((m) => (
                <option key={m.user_id} value={String(m.user_id)}>{m.name}</option>
              ))}
            </select>
          </Field>
          <Field label={t('meeting.action.due')}>
            <input type="date" value={due} aria-invalid={bad === 'due_date' ? 'true' : undefined}
              onInput={(e) => setDue(e.currentTarget.value)} />
          </Field>
          <ErrorMessage error={withFieldLabel(error, labels)} />
          <button type="submit">{t('meeting.action.submit')}</button>
          {status && <Status>{status}</Status>}
        </form>
      )}
    </section>
  );
}

function Decisions(props: { ctx: MeetingContext }) {
  const { t, locale } = useI18n();
  const { ctx } = props;
  const [title, setTitle] = useState('');
  const [text, setText] = useState('');
  const [closes, setCloses] = useState(() => today(7));
  const [error, setError] = useState<unknown>(null);
  const [status, setStatus] = useState('');
  const decisions = meetingDecisions(ctx, localDay);
  const labels: Record<string, string> = {
    title: t('meeting.decision.title'), text: t('meeting.decision.text'), deadline: t('meeting.decision.closes'),
  };
  const submit: SubmitHandler = async (e) => {
    e.preventDefault();
    setError(null);
    const end = new Date(`${closes}T23:59:00`).getTime();
    try {
      const d = await meetingsApi.proposeDecision(ctx.district.id, {
        body_id: ctx.body.id, title, text, deadline: Number.isNaN(end) ? 0 : Math.floor(end / 1000),
      });
      setTitle('');
      setText('');
      setStatus(t('meeting.decision.proposed', { title: d.title }));
      ctx.refresh();
    } catch (err) {
      setError(err);
    }
  };
  return (
    <section aria-labelledby="decisions-title">
      <h2 id="decisions-title">{t('meeting.decisions')}</h2>
      {decisions.length === 0 ? (
        <p>{t('meeting.decisions.none')}</p>
      ) : (
        <ul class="plain">
          {decisions.map((d) => (
            <li key={d.id}>
              <strong>{d.title}</strong> · {t(`meeting.decisionStatus.${d.status}` as MessageKey)}
              {d.status === 'open' && ` · ${t('meeting.decision.closesOn', { date: formatDay(localDay(d.deadline), locale) })}`}
            </li>
          ))}
        </ul>
      )}
      {ctx.rights.proposeItem && (
        <form onSubmit={submit} noValidate class="no-print">
          <h3>{t('meeting.decision.add')}</h3>
          <Field label={t('meeting.decision.title')}>
            <input value={title} onInput={(e) => setTitle(e.currentTarget.value)} />
          </Field>
          <Field label={t('meeting.decision.text')}>
            <textarea rows={3} value={text} onInput={(e) => setText(e.currentTarget.value)} />
          </Field>
          <Field label={t('meeting.decision.closes')}>
            <input type="date" value={closes} onInput={(e) => setCloses(e.currentTarget.value)} />
          </Field>
          <ErrorMessage error={withFieldLabel(error, labels)} />
          <button type="submit">{t('meeting.decision.submit')}</button>
          {status && <Status>{status}</Status>}
        </form>
      )}
    </section>
  );
}

import { useEffect, useRef, useState } from 'preact/hooks';
import { meetingsApi, type AgendaItem, type AgendaItemInput } from '../api/meetings';
import type { MessageKey } from '../i18n/en';
import { useI18n } from '../i18n/i18n';
import { ErrorMessage, Field, Status, type SubmitHandler } from '../ui/components';
import { fieldOf, withFieldLabel } from './format';
import { formatDay } from '../i18n/format';
import type { MeetingContext } from './MeetingPage';
import { subjectOf } from './subjects';

// The agenda builder: the co-chairs' approvals, the items in order (moved by dragging or by the
// Move up / Move down buttons), editing, and adding items, free or taken from the district's lists.
export function AgendaBuilder(props: { ctx: MeetingContext }) {
  const { ctx } = props;
  return (
    <>
      <Approval ctx={ctx} />
      <AgendaList ctx={ctx} />
      {ctx.rights.proposeItem && <OverdueActions ctx={ctx} />}
      {ctx.rights.proposeItem && <AddItem ctx={ctx} />}
    </>
  );
}

function Approval(props: { ctx: MeetingContext }) {
  const { t } = useI18n();
  const { ctx } = props;
  const { meeting, body, rights } = ctx;
  const [error, setError] = useState<unknown>(null);
  const nameOf = (id: number | null) => body.members.find((m) => m.user_id === id)?.name ?? t('bodies.vacant');
  const sides = [
    ['labor', t('bodies.laborCoChair'), body.labor_co_chair_id, meeting.labor_approved_by],
    ['management', t('bodies.managementCoChair'), body.management_co_chair_id, meeting.management_approved_by],
  ] as const;
  const mine = rights.coChairSide === 'labor' ? meeting.labor_approved_by
    : rights.coChairSide === 'management' ? meeting.management_approved_by : null;
  const approve = async () => {
    setError(null);
    try {
      await meetingsApi.approve(ctx.ids);
      ctx.refresh();
    } catch (err) {
      setError(err);
    }
  };
  return (
    <section aria-labelledby="approval-title" class={meeting.agenda_approved ? 'approval approved' : 'approval'}>
      <h2 id="approval-title">{t('meeting.approval.title')}</h2>
      <p class="approval-state">
        <strong>{meeting.agenda_approved ? t('meeting.approval.approved') : t('meeting.approval.pending')}</strong>
      </p>
      <ul class="approval-sides">
        {sides.map(([side, label, chair, approvedBy]) => (
          <li key={side}>
            <span class={`side-${side}`}>{label}</span> ({nameOf(chair)}):{' '}
            {approvedBy ? t('meeting.approval.given') : t('meeting.approval.notYet')}
          </li>
        ))}
      </ul>
      {ctx.approvalWithdrawn && <p class="notice">{t('meeting.approval.withdrawn')}</p>}
      <p class="approval-note">{t('meeting.approval.note')}</p>
      <ErrorMessage error={error} />
      {rights.coChairSide && !mine && (
        <button type="button" class="no-print" onClick={approve}>{t('meeting.approval.approve')}</button>
      )}
    </section>
  );
}

function AgendaList(props: { ctx: MeetingContext }) {
  const { t } = useI18n();
  const { ctx } = props;
  const [order, setOrder] = useState<number[] | null>(null);
  const [editing, setEditing] = useState<number | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [status, setStatus] = useState('');
  const [dragging, setDragging] = useState<number | null>(null);
  const [over, setOver] = useState<number | null>(null);
  const focus = useRef<{ id: number; direction: 'up' | 'down' } | null>(null);
  const list = useRef<HTMLOListElement>(null);

  const agenda = ctx.meeting.agenda;
  const byId = new Map(agenda.map((i) => [i.id, i]));
  const items = order ? order.map((id) => byId.get(id)).filter((i): i is AgendaItem => !!i) : agenda;
  const total = items.reduce((sum, i) => sum + i.time_box_minutes, 0);
  const mayEdit = ctx.rights.editAgenda;
  const tooLong = total > ctx.meeting.duration_minutes;

  // A moved item's button keeps the focus (moving a node in the page may drop it); at the top or
  // the bottom, where that button is disabled, its other Move button takes it.
  useEffect(() => {
    const want = focus.current;
    if (!want || !list.current) return;
    focus.current = null;
    const same = list.current.querySelector<HTMLButtonElement>(`[data-move="${want.direction}-${want.id}"]`);
    const other = list.current.querySelector<HTMLButtonElement>(
      `[data-move="${want.direction === 'up' ? 'down' : 'up'}-${want.id}"]`);
    (same && !same.disabled ? same : other)?.focus();
  });

  const saveOrder = async (ids: number[], moved: AgendaItem) => {
    setError(null);
    setOrder(ids);
    try {
      await meetingsApi.reorder(ctx.ids, ids);
      const text = t('meeting.moved', { title: moved.title, position: ids.indexOf(moved.id) + 1, count: ids.length });
      setStatus(text);
      await ctx.refresh();
    } catch (err) {
      setError(err);
    }
    setOrder(null);
  };
  const move = (item: AgendaItem, by: -1 | 1) => {
    const ids = items.map((i) => i.id);
    const from = ids.indexOf(item.id);
    const to = from + by;
    if (to < 0 || to >= ids.length) return;
    ids.splice(from, 1);
    ids.splice(to, 0, item.id);
    focus.current = { id: item.id, direction: by < 0 ? 'up' : 'down' };
    saveOrder(ids, item);
  };
  const drop = (target: AgendaItem) => {
    const moved = dragging === null ? undefined : byId.get(dragging);
    setDragging(null);
    setOver(null);
    if (!moved || moved.id === target.id) return;
    const ids = items.map((i) => i.id).filter((id) => id !== moved.id);
    const at = ids.indexOf(target.id) + (items.indexOf(moved) < items.indexOf(target) ? 1 : 0);
    ids.splice(at, 0, moved.id);
    saveOrder(ids, moved);
  };
  const remove = async (item: AgendaItem) => {
    setError(null);
    try {
      await meetingsApi.removeItem({ ...ctx.ids, item: item.id });
      setStatus(t('meeting.removed', { title: item.title }));
      ctx.refresh();
    } catch (err) {
      setError(err);
    }
  };

  return (
    <section aria-labelledby="agenda-title">
      <h2 id="agenda-title">{t('meeting.agenda')}</h2>
      <p>{t('meeting.agendaTotal', { total, duration: ctx.meeting.duration_minutes })}</p>
      {tooLong && <p class="notice">{t('meeting.agendaTooLong')}</p>}
      {mayEdit && items.length > 1 && <p class="hint no-print">{t('meeting.reorderHint')}</p>}
      <ErrorMessage error={error} />
      {status && <Status>{status}</Status>}
      {items.length === 0 ? (
        <p>{t('meeting.agendaEmpty')}</p>
      ) : (
        <ol class="agenda" ref={list}>
          {items.map((item, index) => {
            const subject = subjectOf(item, ctx, t);
            const classes = ['agenda-item', dragging === item.id && 'dragging', over === item.id && 'drop-target']
              .filter(Boolean).join(' ');
            return (
              <li key={item.id} class={classes} draggable={mayEdit && editing !== item.id}
                onDragStart={(e) => {
                  setDragging(item.id);
                  e.dataTransfer?.setData('text/plain', String(item.id));
                  if (e.dataTransfer) e.dataTransfer.effectAllowed = 'move';
                }}
                onDragOver={(e) => {
                  if (dragging === null) return;
                  e.preventDefault();
                  setOver(item.id);
                }}
                onDragLeave={() => setOver((o) => (o === item.id ? null : o))}
                onDrop={(e) => {
                  e.preventDefault();
                  drop(item);
                }}
                onDragEnd={() => {
                  setDragging(null);
                  setOver(null);
                }}>
                {editing === item.id ? (
                  <ItemForm ctx={ctx} item={item} onDone={() => setEditing(null)} />
                ) : (
                  <>
                    <div class="agenda-item-text">
                      <span class="agenda-title">{item.title}</span>
                      <span class="agenda-box">{t('meeting.timeBox', { minutes: item.time_box_minutes })}</span>
                      {subject && <span class="agenda-subject">{subject}</span>}
                      {item.carried_from_id && <span class="badge">{t('meeting.carried')}</span>}
                      {item.outcome && (
                        <span class={`badge badge-${item.outcome}`}>
                          {t(`meeting.outcome.${item.outcome}` as MessageKey)}
                        </span>
                      )}
                    </div>
                    {mayEdit && (
                      <div class="agenda-item-controls no-print">
                        <button type="button" class="secondary" data-move={`up-${item.id}`} disabled={index === 0}
                          aria-label={t('meeting.moveUpItem', { title: item.title })} onClick={() => move(item, -1)}>
                          {t('meeting.moveUp')}
                        </button>
                        <button type="button" class="secondary" data-move={`down-${item.id}`}
                          disabled={index === items.length - 1} aria-label={t('meeting.moveDownItem', { title: item.title })}
                          onClick={() => move(item, 1)}>
                          {t('meeting.moveDown')}
                        </button>
                        <button type="button" class="secondary" aria-label={t('meeting.editItem', { title: item.title })}
                          onClick={() => setEditing(item.id)}>
                          {t('meeting.edit')}
                        </button>
                        <button type="button" class="secondary danger-text"
                          aria-label={t('meeting.removeItem', { title: item.title })} onClick={() => remove(item)}>
                          {t('meeting.remove')}
                        </button>
                      </div>
                    )}
                  </>
                )}
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}

type Kind = 'none' | 'issue' | 'decision' | 'action';

// Adds an item, or edits one when given it.
function ItemForm(props: { ctx: MeetingContext; item?: AgendaItem; onDone: () => void }) {
  const { t, locale } = useI18n();
  const { ctx, item } = props;
  const initialKind: Kind = item?.issue_id ? 'issue' : item?.decision_id ? 'decision' : item?.action_id ? 'action' : 'none';
  const [title, setTitle] = useState(item?.title ?? '');
  const [minutes, setMinutes] = useState(String(item?.time_box_minutes ?? 10));
  const [kind, setKind] = useState<Kind>(initialKind);
  const [subject, setSubject] = useState(String(item?.issue_id ?? item?.decision_id ?? item?.action_id ?? ''));
  const [error, setError] = useState<unknown>(null);
  const choices: { id: number; label: string; title: string }[] =
    kind === 'issue' ? ctx.issues.map((i) => ({ id: i.id, title: i.title, label: i.title }))
    : kind === 'decision' ? ctx.decisions.map((d) => ({
      id: d.id, title: d.title, label: `${d.title} (${t(`meeting.decisionStatus.${d.status}` as MessageKey)})`,
    }))
    : kind === 'action' ? [...ctx.actions].sort((a, b) => Number(b.overdue) - Number(a.overdue)).map((a) => ({
      id: a.id, title: a.title,
      label: `${a.title} (${a.owner_name}, ${formatDay(a.due_date, locale)}${a.overdue ? `, ${t('meeting.overdue')}` : ''})`,
    }))
    : [];
  const labels: Record<string, string> = {
    title: t('meeting.item.title'),
    time_box_minutes: t('meeting.item.minutes'),
    issue_id: t('meeting.item.subject'),
    decision_id: t('meeting.item.subject'),
    action_id: t('meeting.item.subject'),
  };
  const bad = fieldOf(error);
  const submit: SubmitHandler = async (e) => {
    e.preventDefault();
    setError(null);
    const chosen = choices.find((c) => String(c.id) === subject);
    const ref = (k: Kind) => (kind === k && chosen ? chosen.id : null);
    const input: AgendaItemInput = {
      title: title.trim() || chosen?.title || '',
      time_box_minutes: Number(minutes),
      issue_id: ref('issue'),
      decision_id: ref('decision'),
      action_id: ref('action'),
    };
    try {
      if (item) {
        await meetingsApi.updateItem({ ...ctx.ids, item: item.id }, input);
      } else {
        await meetingsApi.addItem(ctx.ids, input);
        setTitle('');
        setSubject('');
        setKind('none');
        ctx.announce(t('meeting.added', { title: input.title ?? '' }));
      }
      ctx.refresh();
      props.onDone();
    } catch (err) {
      setError(err);
    }
  };
  return (
    <form class="item-form" onSubmit={submit} noValidate>
      <Field label={t('meeting.item.title')}>
        <input value={title} aria-invalid={bad === 'title' ? 'true' : undefined}
          onInput={(e) => setTitle(e.currentTarget.value)} />
      </Field>
      <Field label={t('meeting.item.minutes')}>
        <input type="number" min={1} max={1440} value={minutes}
          aria-invalid={bad === 'time_box_minutes' ? 'true' : undefined}
          onInput={(e) => setMinutes(e.currentTarget.value)} />
      </Field>
      <Field label={t('meeting.item.kind')}>
        <select value={kind} onChange={(e) => {
          setKind(e.currentTarget.value as Kind);
          setSubject('');
        }}>
          <option value="none">{t('meeting.item.kind.none')}</option>
          <option value="issue">{t('meeting.item.kind.issue')}</option>
          <option value="decision">{t('meeting.item.kind.decision')}</option>
          <option value="action">{t('meeting.item.kind.action')}</option>
        </select>
      </Field>
      {kind !== 'none' && (
        choices.length === 0 ? (
          <p>{t('meeting.item.noChoices')}</p>
        ) : (
          <Field label={t('meeting.item.subject')}>
            <select value={subject} onChange={(e) => setSubject(e.currentTarget.value)}>
              <option value="">{t('meeting.item.choose')}</option>
              {choices.map((c) => <option key={c.id} value={String(c.id)}>{c.label}</option>)}
            </select>
          </Field>
        )
      )}
      <ErrorMessage error={withFieldLabel(error, labels)} />
      <div class="button-row">
        <button type="submit">{item ? t('meeting.item.save') : t('meeting.item.add')}</button>
        {item && <button type="button" class="secondary" onClick={props.onDone}>{t('meeting.item.cancel')}</button>}
      </div>
    </form>
  );
}

function AddItem(props: { ctx: MeetingContext }) {
  const { t } = useI18n();
  return (
    <section aria-labelledby="add-item-title" class="meeting-controls">
      <h2 id="add-item-title">{t('meeting.addItem')}</h2>
      {!props.ctx.rights.editAgenda && <p>{t('meeting.proposeNote')}</p>}
      <ItemForm ctx={props.ctx} onDone={() => {}} />
    </section>
  );
}

// "We won't let each other fail": overdue action items come to the next meeting.
function OverdueActions(props: { ctx: MeetingContext }) {
  const { t, locale } = useI18n();
  const { ctx } = props;
  const [error, setError] = useState<unknown>(null);
  const listed = new Set(ctx.meeting.agenda.map((i) => i.action_id));
  const waiting = ctx.overdue.filter((a) => !listed.has(a.id));
  if (waiting.length === 0) return null;
  const add = async (id: number, title: string) => {
    setError(null);
    try {
      await meetingsApi.addItem(ctx.ids, { title, action_id: id, time_box_minutes: 5 });
      ctx.refresh();
    } catch (err) {
      setError(err);
    }
  };
  return (
    <section aria-labelledby="overdue-title" class="meeting-controls">
      <h2 id="overdue-title">{t('meeting.overdueTitle')}</h2>
      <ErrorMessage error={error} />
      <ul class="plain">
        {waiting.map((a) => (
          <li key={a.id}>
            {t('meeting.overdueItem', { title: a.title, owner: a.owner_name, date: formatDay(a.due_date, locale) })}{' '}
            <button type="button" class="secondary" aria-label={t('meeting.addToAgendaItem', { title: a.title })}
              onClick={() => add(a.id, a.title)}>
              {t('meeting.addToAgenda')}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

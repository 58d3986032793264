import { useEffect, useRef, useState } from 'preact/hooks';
import { actionsApi, actionStatuses, type ActionFilter, type ActionItem, type ActionStatus } from '../api/actions';
import { api } from '../api/client';
import type { Body, DistrictView, Membership } from '../api/types';
import type { MessageKey } from '../i18n/en';
import { useI18n } from '../i18n/i18n';
import { ErrorMessage, Field, Link, Loading, PageTitle, Status, useAction, useLoad, type SubmitHandler } from '../ui/components';
import { formatDay } from '../i18n/format';
import './action.css';

const leaderRoles = ['superintendent', 'union_president', 'board_president', 'administrator'];

// The filters start from the address, so a link such as ?overdue=true or ?owner=me opens the list filtered.
function filterFromAddress(): ActionFilter {
  const q = new URLSearchParams(location.search);
  const status = q.get('status') as ActionStatus | null;
  return {
    owner: q.get('owner') === 'me' ? 'me' : '',
    body: Number(q.get('body')) || undefined,
    status: status && actionStatuses.includes(status) ? status : '',
    overdue: q.get('overdue') === 'true',
  };
}

function addressOf(filter: ActionFilter): string {
  const q = new URLSearchParams();
  if (filter.owner) q.set('owner', filter.owner);
  if (filter.body) q.set('body', String(filter.body));
  if (filter.status) q.set('status', filter.status);
  if (filter.overdue) q.set('overdue', 'true');
  const text = q.toString();
  return location.pathname + (text ? `?${text}` : '');
}

export function ActionsPage(props: { district: DistrictView }) {
  const { t } = useI18n();
  const d = props.district;
  const [filter, setFilter] = useState<ActionFilter>(filterFromAddress);
  const bodies = useLoad(() => api.bodies(d.id), [d.id]);
  const members = useLoad(() => api.memberships(d.id), [d.id]);
  const list = useLoad(() => actionsApi.list(d.id, filter), [d.id, JSON.stringify(filter)]);
  const [more, setMore] = useState<{ items: ActionItem[]; next: string | null } | null>(null);
  const [announcement, setAnnouncement] = useState('');
  // After a change of status the pressed button is gone (and the item may have moved): the focus goes to the item.
  const [focusId, setFocusId] = useState<number | null>(null);

  useEffect(() => setMore(null), [list.data]);
  useEffect(() => {
    if (focusId === null || !list.data) return;
    document.getElementById(`action-${focusId}`)?.focus();
    setFocusId(null);
  }, [list.data]);
  const change = (next: Partial<ActionFilter>) => {
    const f = { ...filter, ...next };
    setFilter(f);
    history.replaceState(null, '', addressOf(f));
  };
  const showMore = async () => {
    const cursor = more ? more.next : list.data?.next_cursor;
    if (!cursor) return;
    const page = await actionsApi.list(d.id, filter, cursor);
    setMore({ items: [...(more?.items ?? []), ...page.items], next: page.next_cursor });
  };
  const items = list.data ? sorted([...list.data.items, ...(more?.items ?? [])]) : undefined;
  const next = more ? more.next : list.data?.next_cursor;
  const bodyList = bodies.data?.items ?? [];

  return (
    <>
      <PageTitle>{t('action.title')}</PageTitle>
      <p>{t('action.intro')}</p>
      <form class="action-filters" role="search" aria-label={t('action.filters')} onSubmit={(e) => e.preventDefault()}>
        <Field label={t('action.filterOwner')}>
          <select value={filter.owner ?? ''} onChange={(e) => change({ owner: e.currentTarget.value })}>
            <option value="">{t('action.everyone')}</option>
            <option value="me">{t('action.mine')}</option>
          </select>
        </Field>
        <Field label={t('action.filterBody')}>
          <select value={filter.body ? String(filter.body) : ''}
            onChange={(e) => change({ body: Number(e.currentTarget.value) || undefined })}>
            <option value="">{t('action.allBodies')}</option>
            {bodyList.map((b) => <option key={b.id} value={String(b.id)}>{b.name}</option>)}
          </select>
        </Field>
        <Field label={t('action.filterStatus')}>
          <select value={filter.status ?? ''} onChange={(e) => change({ status: e.currentTarget.value as ActionStatus })}>
            <option value="">{t('action.anyStatus')}</option>
            {actionStatuses.map((s) => <option key={s} value={s}>{t(`action.status.${s}` as MessageKey)}</option>)}
          </select>
        </Field>
        <label class="action-check">
          <input type="checkbox" checked={filter.overdue} onChange={(e) => change({ overdue: e.currentTarget.checked })} />
          {t('action.onlyOverdue')}
        </label>
      </form>
      <Status>{announcement}</Status>
      {!items || !bodies.data ? (
        <Loading error={list.error ?? bodies.error} />
      ) : (
        <>
          <p class="action-count">{t('action.count', { count: items.length })}</p>
          {items.length === 0 ? (
            <p>{t('action.none')}</p>
          ) : (
            <ul class="action-list">
              {items.map((item) => (
                <ActionRow key={item.id} district={d} item={item} bodies={bodyList}
                  onChanged={(changed) => {
                    setAnnouncement(t('action.statusChanged', {
                      title: changed.title, status: t(`action.status.${changed.status}` as MessageKey),
                    }));
                    setFocusId(changed.id);
                    list.reload();
                  }} />
              ))}
            </ul>
          )}
          {next && <button type="button" class="secondary" onClick={showMore}>{t('action.more')}</button>}
        </>
      )}
      <CreateForm district={d} bodies={bodyList} members={members.data?.items ?? []} defaultBody={filter.body}
        onCreated={async (item) => {
          await list.reload();
          setAnnouncement(t('action.created', { title: item.title }));
        }} />
    </>
  );
}

// What is still to do comes first, soonest due first; then what is finished.
function sorted(items: ActionItem[]): ActionItem[] {
  const finished = (a: ActionItem) => (a.status === 'done' || a.status === 'dropped' ? 1 : 0);
  return items.sort((a, b) => finished(a) - finished(b) || a.due_date.localeCompare(b.due_date) || a.id - b.id);
}

// The next steps people take from each status.
const nextSteps: Record<ActionStatus, ActionStatus[]> = {
  open: ['in_progress', 'done', 'dropped'],
  in_progress: ['done', 'dropped'],
  done: ['open'],
  dropped: ['open'],
};

function ActionRow(props: {
  district: DistrictView; item: ActionItem; bodies: Body[]; onChanged: (item: ActionItem) => void;
}) {
  const { t, locale } = useI18n();
  const { district, item } = props;
  const { error, busy, run } = useAction();
  const titleRef = useRef<HTMLElement>(null);
  const me = district.my_membership.user_id;
  const body = props.bodies.find((b) => b.id === item.body_id);
  const mayChange = item.owner_id === me || leaderRoles.includes(district.my_membership.role) ||
    (!!body && (body.labor_co_chair_id === me || body.management_co_chair_id === me));
  const base = `/districts/${district.id}`;
  const setStatus = (status: ActionStatus) =>
    run(async () => {
      const changed = await actionsApi.update(district.id, item.id, { status });
      titleRef.current?.focus();
      props.onChanged(changed);
    });
  const stepLabel = (s: ActionStatus) => t(`action.step.${s}` as MessageKey);
  return (
    <li class={item.overdue ? 'action-item is-overdue' : 'action-item'}>
      <p class="action-head">
        <strong ref={titleRef} tabIndex={-1} id={`action-${item.id}`}>{item.title}</strong>
        {item.overdue && (
          <span class="action-badge action-overdue"><span aria-hidden="true">⚠ </span>{t('action.overdue')}</span>
        )}
        <span class={`action-badge action-status-${item.status}`}>{t(`action.status.${item.status}` as MessageKey)}</span>
      </p>
      <p class="action-meta">
        {t('action.ownedBy', { name: item.owner_name })}
        {' · '}
        {t(item.overdue ? 'action.wasDue' : 'action.dueOn', { date: formatDay(item.due_date, locale) })}
        {' · '}
        {body ? <Link href={`${base}/bodies/${body.id}`}>{body.name}</Link> : t('action.noBody')}
      </p>
      {(item.meeting_id || item.issue_id || item.decision_id) && (
        <p class="action-meta">
          {item.meeting_id && (
            <Link href={item.body_id ? `${base}/bodies/${item.body_id}/meetings/${item.meeting_id}` : `${base}/bodies`}>
              {t('action.meetingLink', { id: item.meeting_id })}
            </Link>
          )}{' '}
          {item.issue_id && <Link href={`${base}/issues/${item.issue_id}`}>{t('action.issueLink', { id: item.issue_id })}</Link>}{' '}
          {item.decision_id && (
            <Link href={`${base}/decisions/${item.decision_id}`}>{t('action.decisionLink', { id: item.decision_id })}</Link>
          )}
        </p>
      )}
      {mayChange && (
        <div class="action-buttons">
          {nextSteps[item.status].map((s) => (
            <button key={s} type="button" class={s === 'done' ? undefined : 'secondary'} disabled={busy}
              aria-label={t('action.stepOf', { step: stepLabel(s), title: item.title })} onClick={() => setStatus(s)}>
              {stepLabel(s)}
            </button>
          ))}
        </div>
      )}
      <ErrorMessage error={error} />
    </li>
  );
}

type LinkKind = '' | 'meeting' | 'issue' | 'decision';

function CreateForm(props: {
  district: DistrictView; bodies: Body[]; members: Membership[]; defaultBody?: number;
  onCreated: (item: ActionItem) => void;
}) {
  const { t } = useI18n();
  const d = props.district;
  const [title, setTitle] = useState('');
  const [owner, setOwner] = useState(String(d.my_membership.user_id));
  const [due, setDue] = useState('');
  const [body, setBody] = useState(props.defaultBody ? String(props.defaultBody) : '');
  const [linkKind, setLinkKind] = useState<LinkKind>('');
  const [linkId, setLinkId] = useState('');
  const { error, run } = useAction();
  const submit: SubmitHandler = (e) => {
    e.preventDefault();
    run(async () => {
      const item = await actionsApi.create(d.id, {
        title,
        owner_id: Number(owner),
        due_date: due,
        body_id: body ? Number(body) : null,
        ...(linkKind && linkId ? { [`${linkKind}_id`]: Number(linkId) } : {}),
      });
      setTitle('');
      setDue('');
      setLinkKind('');
      setLinkId('');
      props.onCreated(item);
    });
  };
  const members = props.members.length ? props.members : [d.my_membership];
  return (
    <section aria-labelledby="action-new">
      <h2 id="action-new">{t('action.new')}</h2>
      <form onSubmit={submit}>
        <Field label={t('action.titleField')}>
          <input value={title} required maxLength={300} onInput={(e) => setTitle(e.currentTarget.value)} />
        </Field>
        <Field label={t('action.owner')}>
          <select value={owner} onChange={(e) => setOwner(e.currentTarget.value)}>
            {members.map((m) => (
              <option key={m.user_id} value={String(m.user_id)}>
                {m.name} ({t(`side.${m.side}` as MessageKey)})
              </option>
            ))}
          </select>
        </Field>
        <Field label={t('action.dueDate')}>
          <input type="date" value={due} required onInput={(e) => setDue(e.currentTarget.value)} />
        </Field>
        <Field label={t('action.body')}>
          <select value={body} onChange={(e) => setBody(e.currentTarget.value)}>
            <option value="">{t('action.noBody')}</option>
            {props.bodies.map((b) => <option key={b.id} value={String(b.id)}>{b.name}</option>)}
          </select>
        </Field>
        <Field label={t('action.linkKind')}>
          <select value={linkKind} onChange={(e) => setLinkKind(e.currentTarget.value as LinkKind)}>
            <option value="">{t('action.linkNone')}</option>
            <option value="meeting">{t('action.linkMeeting')}</option>
            <option value="issue">{t('action.linkIssue')}</option>
            <option value="decision">{t('action.linkDecision')}</option>
          </select>
        </Field>
        {linkKind && (
          <Field label={t(`action.linkId.${linkKind}` as MessageKey)}>
            <input type="number" min={1} step={1} inputMode="numeric" required value={linkId}
              onInput={(e) => setLinkId(e.currentTarget.value)} />
          </Field>
        )}
        <ErrorMessage error={error} />
        <button type="submit">{t('action.create')}</button>
      </form>
    </section>
  );
}

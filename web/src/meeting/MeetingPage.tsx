import { useEffect, useRef, useState } from 'preact/hooks';
import type { ActionItem } from '../api/actions';
import { api } from '../api/client';
import { CaucusPanel } from '../caucus/CaucusPanel';
import { Discussion } from '../discussion/Discussion';
import {
  meetingEventsUrl, meetingsApi, type DecisionSummary, type IssueSummary, type MeetingView,
} from '../api/meetings';
import type { BodyView, DistrictView } from '../api/types';
import type { MessageKey } from '../i18n/en';
import { useI18n } from '../i18n/i18n';
import { Link, Loading, PageTitle, useLoad } from '../ui/components';
import { AgendaBuilder } from './Agenda';
import { startTime } from './format';
import { formatDay, formatTimeRange } from '../i18n/format';
import { LiveMeeting } from './Live';
import { useLiveEvents, type LiveState } from '../ui/live';
import { PrintableMinutes } from './Minutes';
import { meetingRights, type MeetingRights } from './rights';
import './meeting.css';

export type MeetingMode = 'agenda' | 'live' | 'minutes';

// What every view of a meeting shares: the meeting as the server has it now, the lists it refers to,
// and a way to fetch again after a change.
export interface MeetingContext {
  district: DistrictView;
  body: BodyView;
  meeting: MeetingView;
  rights: MeetingRights;
  ids: { district: number; body: number; meeting: number };
  issues: IssueSummary[];
  decisions: DecisionSummary[];
  actions: ActionItem[];
  overdue: ActionItem[];
  refresh: () => Promise<void>;
  announce: (text: string) => void;
  // Set when a change took back the co-chairs' approvals while this page was open.
  approvalWithdrawn: boolean;
}

interface Lists {
  issues: IssueSummary[];
  decisions: DecisionSummary[];
  actions: ActionItem[];
  overdue: ActionItem[];
}
const noLists: Lists = { issues: [], decisions: [], actions: [], overdue: [] };

// The message announced when another participant's change arrives, by the event's type.
const eventMessages: Record<string, MessageKey> = {
  'agenda.item.add': 'meeting.event.itemAdded',
  'agenda.item.update': 'meeting.event.itemChanged',
  'agenda.item.remove': 'meeting.event.itemRemoved',
  'agenda.reorder': 'meeting.event.reordered',
  'agenda.approve': 'meeting.event.approved',
  'agenda.item.outcome': 'meeting.event.outcome',
  attendance: 'meeting.event.attendance',
  minutes: 'meeting.event.minutes',
  'action.add': 'meeting.event.actionAdded',
  'action.update': 'meeting.event.actionChanged',
};

const modeTitles: Record<MeetingMode, MessageKey> = {
  agenda: 'meeting.heading.agenda',
  live: 'meeting.heading.live',
  minutes: 'meeting.heading.minutes',
};
const liveStates: Record<LiveState, MessageKey> = {
  connecting: 'meeting.liveState.connecting',
  live: 'meeting.liveState.live',
  reconnecting: 'meeting.liveState.reconnecting',
  stopped: 'meeting.liveState.stopped',
};

export function MeetingPage(props: { district: DistrictView; bodyId: number; meetingId: number; mode: MeetingMode }) {
  const districtId = props.district.id;
  const { data: body, error } = useLoad(() => api.body(districtId, props.bodyId), [districtId, props.bodyId]);
  const meeting = useMeeting(districtId, props.bodyId, props.meetingId);
  if (!body || !meeting.data) return <Loading error={error ?? meeting.error} />;
  return <MeetingScreen district={props.district} body={body} mode={props.mode} state={meeting} />;
}

// The meeting and its lists, fetched again on every change the event stream reports. Responses are
// applied in the order the requests were made, so a slow early answer never overwrites a later one.
function useMeeting(district: number, body: number, meeting: number) {
  const { t } = useI18n();
  const ids = { district, body, meeting };
  const [data, setData] = useState<MeetingView | undefined>(undefined);
  const [lists, setLists] = useState<Lists>(noLists);
  const [error, setError] = useState<unknown>(null);
  const [announcement, setAnnouncement] = useState('');
  const [approvalWithdrawn, setApprovalWithdrawn] = useState(false);
  const asked = useRef(0);
  const applied = useRef(0);
  const previous = useRef<MeetingView | undefined>(undefined);

  const refresh = async () => {
    const n = ++asked.current;
    try {
      const [m, issues, decisions, actions, overdue] = await Promise.all([
        meetingsApi.meeting(ids),
        meetingsApi.issues(district, body).catch(() => null),
        meetingsApi.decisions(district, body).catch(() => null),
        meetingsApi.actionItems(district, body).catch(() => null),
        meetingsApi.overdueActionItems(district, body).catch(() => null),
      ]);
      if (n < applied.current) return;
      applied.current = n;
      const before = previous.current;
      if (before && (before.labor_approved_by || before.management_approved_by) &&
        !m.labor_approved_by && !m.management_approved_by) setApprovalWithdrawn(true);
      if (m.labor_approved_by || m.management_approved_by) setApprovalWithdrawn(false);
      previous.current = m;
      // An item on a confidential subject reaches a reader outside the body without its title.
      setData({
        ...m,
        agenda: m.agenda.map((i) => (i.confidential && !i.title ? { ...i, title: t('meeting.item.confidential') } : i)),
      });
      setError(null);
      setLists((old) => ({
        issues: issues?.items ?? old.issues,
        decisions: decisions?.items ?? old.decisions,
        actions: actions?.items ?? old.actions,
        overdue: overdue?.items ?? old.overdue,
      }));
    } catch (err) {
      if (n >= applied.current) setError(err);
    }
  };
  useEffect(() => {
    setData(undefined);
    previous.current = undefined;
    refresh();
  }, [district, body, meeting]);

  // A screen reader repeats a live region only when its text changes; a trailing space makes two
  // equal announcements differ.
  const announce = (text: string) => setAnnouncement((old) => (old === text ? `${text} ` : text));
  return { data, error, lists, refresh, announce, announcement, approvalWithdrawn };
}

function MeetingScreen(props: { district: DistrictView; body: BodyView; mode: MeetingMode;
  state: ReturnType<typeof useMeeting> }) {
  const { t, locale } = useI18n();
  const { district, body, mode, state } = props;
  const meeting = state.data!;
  const ids = { district: district.id, body: body.id, meeting: meeting.id };
  const live = useLiveEvents(meetingEventsUrl(ids), (type) => {
    state.refresh();
    const key = eventMessages[type];
    if (key) state.announce(t(key));
  });
  const ctx: MeetingContext = {
    district, body, meeting, ids, rights: meetingRights(district, body), ...state.lists,
    refresh: state.refresh, announce: state.announce, approvalWithdrawn: state.approvalWithdrawn,
  };
  const base = `/districts/${district.id}/bodies/${body.id}/meetings`;
  const here = `${base}/${meeting.id}`;
  const modes: [MeetingMode, string, MessageKey][] = [
    ['agenda', here, 'meeting.mode.agenda'],
    ['live', `${here}/live`, 'meeting.mode.live'],
    ['minutes', `${here}/minutes`, 'meeting.mode.minutes'],
  ];
  const date = formatDay(meeting.date, locale);
  return (
    <div class={`meeting-area meeting-${mode}`}>
      <p class="meeting-back no-print"><Link href={base}>{t('meeting.backToList', { body: body.name })}</Link></p>
      <PageTitle key={mode}>{t(modeTitles[mode], { title: meeting.title, date })}</PageTitle>
      <dl class="facts meeting-facts">
        <dt>{t('meeting.body')}</dt>
        <dd>{body.name}</dd>
        <dt>{t('meeting.date')}</dt>
        <dd>{date}</dd>
        <dt>{t('meeting.time')}</dt>
        <dd>{formatTimeRange(startTime(meeting.start), meeting.duration_minutes, locale)} ({meeting.time_zone})</dd>
        {meeting.location && <dt>{t('meeting.location')}</dt>}
        {meeting.location && <dd>{meeting.location}</dd>}
      </dl>
      <nav class="tabs meeting-modes no-print" aria-label={t('meeting.modes')}>
        <ul>
          {modes.map(([m, href, label]) => (
            <li key={m}><Link href={href} current={m === mode}>{t(label)}</Link></li>
          ))}
        </ul>
      </nav>
      <p class={`live-state live-state-${live} no-print`}>{t(liveStates[live])}</p>
      <p class="visually-hidden no-print" role="status" aria-live="polite" aria-atomic="true" id="meeting-updates">
        {state.announcement}
      </p>
      {mode === 'agenda' && <AgendaBuilder ctx={ctx} />}
      {mode === 'live' && <LiveMeeting ctx={ctx} />}
      {mode === 'minutes' && <PrintableMinutes ctx={ctx} />}
      {/* Never in the printable minutes, which both sides share. */}
      {mode !== 'minutes' && (
        <div class="no-print">
          <Discussion district={district} subject={{ type: 'meeting', id: meeting.id }} body={body} />
          <CaucusPanel district={district} subjectType="meeting" subjectId={meeting.id} bodyId={body.id} />
        </div>
      )}
    </div>
  );
}

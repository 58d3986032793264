import type { AgendaItem } from '../api/meetings';
import type { Translate } from '../i18n/i18n';
import type { MeetingContext } from './MeetingPage';

// What an agenda item is about, when it refers to an issue, a decision or an action item:
// "Issue: Class sizes", or the record's number when this person cannot read its title.
export function subjectOf(item: AgendaItem, ctx: MeetingContext, t: Translate): string | null {
  if (item.issue_id) {
    const issue = ctx.issues.find((i) => i.id === item.issue_id);
    return t('meeting.subject.issue', { title: issue?.title ?? `#${item.issue_id}` });
  }
  if (item.decision_id) {
    const decision = ctx.decisions.find((d) => d.id === item.decision_id);
    return t('meeting.subject.decision', { title: decision?.title ?? `#${item.decision_id}` });
  }
  if (item.action_id) {
    const action = ctx.actions.find((a) => a.id === item.action_id);
    return t('meeting.subject.action', { title: action?.title ?? `#${item.action_id}` });
  }
  return null;
}

// The decisions that belong to a meeting: those its agenda takes up, and those the body proposed on
// the meeting's day (a decision records no meeting of its own).
export function meetingDecisions(ctx: MeetingContext, dayOf: (unixSeconds: number) => string) {
  const onAgenda = new Set(ctx.meeting.agenda.map((i) => i.decision_id).filter((id): id is number => id !== null));
  return ctx.decisions.filter((d) => onAgenda.has(d.id) || dayOf(d.created_at) === ctx.meeting.date);
}

export const meetingActions = (ctx: MeetingContext) => ctx.actions.filter((a) => a.meeting_id === ctx.meeting.id);

import type { ComponentChildren } from 'preact';
import type { AuditEntry } from '../api/types';
import { formatDay, formatNumber } from '../i18n/format';
import type { MessageKey } from '../i18n/en';
import { hasMessage, type Locale, type Translate } from '../i18n/i18n';

type Details = Record<string, unknown>;
// The district's metrics by key, with their names in both languages.
export type MetricNames = Map<string, { name_en: string; name_es: string }>;
const text = (value: unknown) => (typeof value === 'string' || typeof value === 'number' ? String(value) : '');

// The message of an entry: its action's, or the variant that its details call for.
export function sentenceKey(entry: AuditEntry): string {
  const d = entry.details as Details;
  switch (entry.action) {
    case 'decision.adopted':
    case 'decision.no_consent':
      return d.deadline_passed === true ? `${entry.action}.deadline` : entry.action;
    case 'issue.ready':
      return typeof d.to === 'string' ? entry.action : 'issue.ready.from';
    case 'issue.step':
      if (d.to === 'withdrawn' || d.to === 'referred') return `issue.step.${d.to}`;
      if (d.back === true) return 'issue.step.back';
      return d.both_sides_ready === true ? 'issue.step.both' : entry.action;
    case 'action_item.create':
      // An owner other than its author is named.
      return typeof d.person_name === 'string' && d.owner_id !== entry.actor_id ? 'action_item.create.person' : entry.action;
    default:
      // Naming the person it acted on, when the server could.
      return typeof d.person_name === 'string' && personActions.has(entry.action) ? `${entry.action}.person` : entry.action;
  }
}

// The actions whose sentence names the person they acted on (user_id or owner_id in the details).
const personActions = new Set([
  'body.member.add', 'body.member.remove', 'body.co_chair.set', 'meeting.attendance', 'action_item.update',
]);

// What the entry is about: its title as the server gave it (none for a reader outside the body of a
// confidential subject), else the words its details kept.
function subject(entry: AuditEntry, t: Translate, metric: string): string {
  const d = entry.details as Details;
  if (entry.subject_type === 'metric' && metric) return metric;
  const title = entry.subject_title ?? text(d.title) ?? '';
  if (title) return title;
  const named = text(d.name) || text(d.name_en) || text(d.key);
  if (named) return named;
  return d.confidential === true ? t('audit.confidentialSubject') : `#${entry.subject_id}`;
}

// One entry as a sentence in the reader's language: "Ana Reyes raised the issue *Class size*".
// `nobody` names the actor of an entry with none: Accord itself (a rule), or the command line.
export function auditSentence(
  entry: AuditEntry, t: Translate, locale: Locale, nobody: string, metrics: MetricNames = new Map(),
): ComponentChildren {
  const d = entry.details as Details;
  const side = text(d.side);
  const key = text(d.metric) || text(d.key);
  const known = metrics.get(key);
  const metric = known ? (locale === 'es' ? known.name_es : known.name_en) : key;
  const params: Record<string, string> = {
    actor: entry.actor_id === null ? nobody : entry.actor_name,
    action: entry.action,
    title: '{title}',
    item: text(d.title) || t('audit.confidentialItem'),
    side: side ? t(`audit.side.${side}` as MessageKey) : '',
    sideAdj: side ? t(`audit.sideAdj.${side}` as MessageKey) : '',
    step: text(d.to) ? t(`issue.step.${text(d.to)}` as MessageKey) : text(d.step) ? t(`issue.step.${text(d.step)}` as MessageKey) : '',
    status: text(d.to) && entry.action === 'action_item.status' ? t(`action.status.${text(d.to)}` as MessageKey) : '',
    rule: text(d.advance_rule) ? t(`advance.${text(d.advance_rule)}` as MessageKey) : '',
    role: text(d.role) ? t(`role.${text(d.role)}` as MessageKey) : '',
    number: text(d.number),
    year: text(d.year),
    date: text(d.date) ? formatDay(text(d.date), locale) : '',
    milestone: text(d.milestone),
    metric,
    person: text(d.person_name),
    file: text(d.file_name),
    entries: typeof d.entries === 'number' ? formatNumber(d.entries, locale) : '',
  };
  const message = `audit.do.${sentenceKey(entry)}`;
  const words = hasMessage(locale, message) ? t(message as MessageKey, params) : t('audit.unknown', params);
  const [before, ...after] = words.split('{title}');
  if (after.length === 0) return words;
  return (
    <>
      {before}
      <em>{subject(entry, t, known ? metric : '')}</em>
      {after.join(subject(entry, t, known ? metric : ''))}
    </>
  );
}

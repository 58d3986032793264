import { Fragment } from 'preact';
import type { AttendanceStatus } from '../api/meetings';
import type { MessageKey } from '../i18n/en';
import { useI18n } from '../i18n/i18n';
import { TableScroll } from '../ui/components';
import { localDay } from './format';
import { formatDay } from '../i18n/format';
import type { MeetingContext } from './MeetingPage';
import { meetingActions, meetingDecisions, subjectOf } from './subjects';

// The minutes as a document to print or keep: who came, what was taken up and how it ended, the
// minutes' text, the decisions and the action items. The print stylesheet drops navigation and
// controls (meeting.css).
export function PrintableMinutes(props: { ctx: MeetingContext }) {
  const { t, locale } = useI18n();
  const { ctx } = props;
  const { meeting, body } = ctx;
  const statusOf = new Map(meeting.attendance.map((a) => [a.user_id, a.status]));
  const groups: [AttendanceStatus | 'unknown', string[]][] = (['present', 'absent', 'excused', 'unknown'] as const)
    .map((s) => [s, body.members
      .filter((m) => (statusOf.get(m.user_id) ?? 'unknown') === s)
      .map((m) => `${m.name} (${t(`side.${m.side}` as MessageKey)})`)]);
  const decisions = meetingDecisions(ctx, localDay);
  const actions = meetingActions(ctx);
  return (
    <article class="print-view">
      <div class="button-row no-print">
        <button type="button" onClick={() => window.print()}>{t('meeting.print.print')}</button>
      </div>

      <h2>{t('meeting.attendance')}</h2>
      <dl class="facts">
        {groups.filter(([, names]) => names.length > 0).map(([status, names]) => (
          <Fragment key={status}>
            <dt>{t(`meeting.attendance.${status}` as MessageKey)}</dt>
            <dd>{names.join(', ')}</dd>
          </Fragment>
        ))}
      </dl>

      <h2>{t('meeting.agenda')}</h2>
      {meeting.agenda.length === 0 ? (
        <p>{t('meeting.agendaEmpty')}</p>
      ) : (
        <TableScroll label={t('meeting.agenda')}>
          <table>
            <thead>
              <tr>
                <th scope="col">{t('meeting.print.number')}</th>
                <th scope="col">{t('meeting.item.title')}</th>
                <th scope="col">{t('meeting.item.minutes')}</th>
                <th scope="col">{t('meeting.print.outcome')}</th>
              </tr>
            </thead>
            <tbody>
              {meeting.agenda.map((item, i) => {
                const subject = subjectOf(item, ctx, t);
                return (
                  <tr key={item.id}>
                    <td>{i + 1}</td>
                    <td>
                      {item.title}
                      {subject && <div class="agenda-subject">{subject}</div>}
                    </td>
                    <td>{item.time_box_minutes}</td>
                    <td>{t(`meeting.outcome.${item.outcome ?? 'open'}` as MessageKey)}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </TableScroll>
      )}

      <h2>{t('meeting.minutes')}</h2>
      {meeting.minutes ? <div class="minutes-text">{meeting.minutes}</div> : <p>{t('meeting.minutes.none')}</p>}

      <h2>{t('meeting.decisions')}</h2>
      {decisions.length === 0 ? (
        <p>{t('meeting.decisions.none')}</p>
      ) : (
        <ul>
          {decisions.map((d) => (
            <li key={d.id}>
              <strong>{d.title}</strong> · {t(`meeting.decisionStatus.${d.status}` as MessageKey)}
              {d.text && <div>{d.text}</div>}
            </li>
          ))}
        </ul>
      )}

      <h2>{t('meeting.actions')}</h2>
      {actions.length === 0 ? (
        <p>{t('meeting.actions.none')}</p>
      ) : (
        <TableScroll label={t('meeting.actions')}>
          <table>
            <thead>
              <tr>
                <th scope="col">{t('meeting.action.title')}</th>
                <th scope="col">{t('meeting.action.owner')}</th>
                <th scope="col">{t('meeting.action.due')}</th>
                <th scope="col">{t('meeting.print.status')}</th>
              </tr>
            </thead>
            <tbody>
              {actions.map((a) => (
                <tr key={a.id}>
                  <td>{a.title}</td>
                  <td>{a.owner_name}</td>
                  <td>{formatDay(a.due_date, locale)}</td>
                  <td>{t(`meeting.actionStatus.${a.status}` as MessageKey)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
      <p class="print-footer">
        {t('meeting.print.approval', {
          state: meeting.agenda_approved ? t('meeting.approval.approved') : t('meeting.approval.pending'),
        })}
      </p>
    </article>
  );
}

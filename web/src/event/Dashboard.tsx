import { eventsApi } from '../api/events';
import type { MessageKey } from '../i18n/en';
import { useI18n } from '../i18n/i18n';
import { Link, Loading, PageTitle, TableScroll, useLoad } from '../ui/components';
import { formatDay } from '../i18n/format';
import './event.css';

// For an event's organizers: each team, its pledge and plan, and where each check-in stands.
export function EventDashboardPage(props: { eventId: number }) {
  const { t, locale } = useI18n();
  const event = useLoad(() => eventsApi.get(props.eventId), [props.eventId]);
  const board = useLoad(() => eventsApi.dashboard(props.eventId), [props.eventId]);
  if (!event.data || !board.data) return <Loading error={event.error ?? board.error} />;
  return (
    <>
      <PageTitle>{t('event.dashboardTitle', { event: event.data.title })}</PageTitle>
      <p><Link href={`/network/events/${props.eventId}`}>{event.data.title}</Link></p>
      {board.data.teams.length === 0 ? (
        <p>{t('event.noTeams')}</p>
      ) : (
        <TableScroll label={t('event.dashboardTitle', { event: event.data.title })}>
          <table class="event-dashboard">
            <caption>{t('event.dashboardCaption', { date: formatDay(board.data.on, locale) })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('event.district')}</th>
                <th scope="col">{t('event.registration')}</th>
                <th scope="col">{t('event.pledgeTitle')}</th>
                <th scope="col">{t('event.planTitle')}</th>
                {[30, 90, 180].map((d) => <th key={d} scope="col">{t('event.checkInName', { days: d })}</th>)}
              </tr>
            </thead>
            <tbody>
              {board.data.teams.map((team) => (
                <tr key={team.id}>
                  <th scope="row">
                    <Link href={`/network/events/${props.eventId}/teams/${team.id}`}>{team.district_name}</Link>
                  </th>
                  <td>
                    {team.status === 'waitlisted'
                      ? t('event.waitlistPosition', { position: team.waitlist_position ?? 0 })
                      : t(`event.status.${team.status}` as MessageKey)}
                  </td>
                  <td>
                    {t('event.signedCount', {
                      signed: team.members.filter((m) => m.signed_at).length, total: team.members.length,
                    })}
                  </td>
                  <td>{t('event.goalsHome', { home: team.brought_home, goals: team.goals })}</td>
                  {team.check_ins.length === 0
                    ? [30, 90, 180].map((d) => <td key={d}>{t('event.notAttending')}</td>)
                    : team.check_ins.map((c) => (
                      <td key={c.milestone}>
                        <span class={`event-state event-state-${c.state}`}>{t(`event.state.${c.state}` as MessageKey)}</span>
                        <br />
                        <small>{formatDay(c.due_on, locale)}</small>
                      </td>
                    ))}
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </>
  );
}

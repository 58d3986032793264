import { useEffect, useState } from 'preact/hooks';
import { meetingsApi } from '../api/meetings';
import type { DistrictView } from '../api/types';
import { useI18n } from '../i18n/i18n';
import { ErrorMessage, Link, Loading, PageTitle, useLoad } from '../ui/components';
import { navigate } from '../ui/router';
import { districtMeetings, recentDays, splitMeetings, type DatedMeeting } from './calendar';
import { startTime, today } from './format';
import { formatDay, formatTimeRange } from '../i18n/format';
import { meetingHref } from './links';
import './meeting.css';

// The Meetings tab: the district's meetings across its bodies, the coming ones first, each opening
// the meeting itself; and each body's own calendar, where meetings are scheduled.
export function DistrictMeetingsPage(props: { district: DistrictView }) {
  const { t } = useI18n();
  const districtId = props.district.id;
  const { data, error } = useLoad(() => districtMeetings(districtId, today(-recentDays)), [districtId]);
  if (!data) {
    return (
      <>
        <PageTitle>{t('meeting.district.title')}</PageTitle>
        <Loading error={error} />
      </>
    );
  }
  const { upcoming, recent } = splitMeetings(data.meetings, today());
  return (
    <div class="meeting-area">
      <PageTitle>{t('meeting.district.title')}</PageTitle>
      <section aria-labelledby="meetings-upcoming">
        <h2 id="meetings-upcoming">{t('meeting.district.upcoming')}</h2>
        {upcoming.length === 0 ? (
          <p>{t('meeting.district.noneUpcoming')}</p>
        ) : (
          <MeetingList labelledBy="meetings-upcoming" districtId={districtId} meetings={upcoming} />
        )}
      </section>
      <section aria-labelledby="meetings-recent">
        <h2 id="meetings-recent">{t('meeting.district.recent')}</h2>
        {recent.length === 0 ? (
          <p>{t('meeting.district.noneRecent', { days: recentDays })}</p>
        ) : (
          <MeetingList labelledBy="meetings-recent" districtId={districtId} meetings={recent} />
        )}
      </section>
      {data.bodies.length > 0 && (
        <section aria-labelledby="meetings-bodies">
          <h2 id="meetings-bodies">{t('meeting.district.byBody')}</h2>
          <p>{t('meeting.district.byBodyIntro')}</p>
          <ul class="plain">
            {data.bodies.map((b) => (
              <li key={b.id}>
                <Link href={`/districts/${districtId}/bodies/${b.id}/meetings`}>{t('meeting.backToList', { body: b.name })}</Link>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}

function MeetingList(props: { labelledBy: string; districtId: number; meetings: DatedMeeting[] }) {
  const { t, locale } = useI18n();
  return (
    <ul class="district-meetings" aria-labelledby={props.labelledBy}>
      {props.meetings.map((m) => {
        const date = formatDay(m.date, locale);
        const time = formatTimeRange(startTime(m.series.start), m.series.duration_minutes, locale);
        const href = meetingHref(props.districtId, { body_id: m.body.id, series_id: m.series.id, date: m.date,
          meeting_id: m.meeting_id });
        return (
          <li key={`${m.series.id}-${m.date}`} class={m.cancelled ? 'district-meeting cancelled' : 'district-meeting'}>
            <span class="district-meeting-when">
              {m.cancelled ? <del>{date}</del> : date}
              <span class="district-meeting-time">{time}</span>
            </span>
            <span class="district-meeting-what">
              {m.cancelled ? (
                <>{m.series.title} <span class="badge badge-cancelled">{t('meeting.cancelled')}</span></>
              ) : (
                <Link href={href}>{m.series.title}</Link>
              )}
              <span class="district-meeting-meta">
                {m.body.name}{m.series.location && ` · ${m.series.location}`}
              </span>
            </span>
          </li>
        );
      })}
    </ul>
  );
}

// A date of a series whose meeting record does not exist yet: the record is made (as "Prepare the
// agenda" does) and the meeting opens in place of this address.
export function OpenOccurrencePage(props: { district: DistrictView; bodyId: number; seriesId: number; date: string }) {
  const { t } = useI18n();
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    const ids = { district: props.district.id, body: props.bodyId };
    meetingsApi.open(ids, props.seriesId, props.date).then(
      (m) => navigate(`/districts/${ids.district}/bodies/${ids.body}/meetings/${m.id}`, true),
      setError,
    );
  }, [props.district.id, props.bodyId, props.seriesId, props.date]);
  if (!error) return <Loading error={null} />;
  return (
    <div class="meeting-area">
      <PageTitle>{t('meeting.district.openFailed')}</PageTitle>
      <ErrorMessage error={error} />
      <p><Link href={`/districts/${props.district.id}/meetings`}>{t('meeting.district.back')}</Link></p>
    </div>
  );
}

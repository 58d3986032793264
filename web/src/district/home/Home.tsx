import type { ComponentChildren, JSX } from 'preact';
import { dashboardApi, type Dashboard } from '../../api/dashboard';
import type { DistrictView } from '../../api/types';
import { formatDay, formatMoment, formatWallTime } from '../../i18n/format';
import type { MessageKey } from '../../i18n/en';
import { useI18n } from '../../i18n/i18n';
import { Link, Loading, useLoad } from '../../ui/components';
import { HandbookNotice } from '../../handbook/HandbookNotice';
import { meetingHref } from '../../meeting/links';
import './home.css';

const steps = ['focus', 'interests', 'options', 'criteria', 'scoring', 'solution', 'agreement', 'withdrawn', 'referred'];

// How many things wait for this person to act: sign, take a stance, approve an agenda, finish an item, read.
export function needsCount(d: Dashboard): number {
  return d.charters_to_sign.length + d.communications_to_sign.length + d.awaiting_my_stance.length +
    d.ready_requests.length +
    d.next_meetings.filter((m) => m.my_approval_needed).length + d.overdue_actions.filter((a) => a.mine).length +
    d.unread_communications.length;
}

// The district's home: in one look, what needs the signed-in person, each with a link to where they act.
export function HomeDashboard(props: { district: DistrictView }) {
  const { t } = useI18n();
  const districtId = props.district.id;
  const { data, error } = useLoad(() => dashboardApi.get(districtId), [districtId]);
  const count = data ? needsCount(data) : 0;
  return (
    <section class="home" aria-labelledby="home-title">
      <h2 id="home-title">{t('home.title')}</h2>
      {!data ? (
        <Loading error={error} />
      ) : (
        <>
          <p class={count ? 'home-summary home-summary-some' : 'home-summary'}>
            {count === 0 ? t('home.nothing') : count === 1 ? t('home.needsOne') : t('home.needsMany', { count })}
          </p>
          {data.handbook_to_read && <HandbookNotice district={districtId} />}
          <div class="home-grid">
            {parts(data).map(([key, Part]) => <Part key={key} district={districtId} data={data} />)}
          </div>
        </>
      )}
    </section>
  );
}

interface Part {
  district: number;
  data: Dashboard;
}

// The sections, those with something in them first, so a phone shows what needs the person before the rest.
function parts(d: Dashboard): [string, (p: Part) => JSX.Element][] {
  const all: [string, (p: Part) => JSX.Element, number][] = [
    ['sign', ToSign, d.charters_to_sign.length + d.communications_to_sign.length],
    ['stances', Stances, d.awaiting_my_stance.length],
    ['ready', ReadyRequests, d.ready_requests.length],
    ['meetings', Meetings, d.next_meetings.length],
    ['overdue', Overdue, d.overdue_actions.length],
    ['unread', Unread, d.unread_communications.length],
    ['issues', Issues, d.issues_by_step.reduce((sum, s) => sum + s.count, 0)],
  ];
  return all.filter(([, , n]) => n > 0).concat(all.filter(([, , n]) => n === 0)).map(([k, p]) => [k, p]);
}

function Section(props: {
  id: string; title: string; count: number; empty: string; children: ComponentChildren; all?: { href: string; label: string };
}) {
  return (
    <section class={props.count ? 'home-card home-card-some' : 'home-card'} aria-labelledby={`home-${props.id}`}>
      <h3 id={`home-${props.id}`}>
        {props.title}{' '}
        <span class="home-count" aria-hidden="true">{props.count}</span>
      </h3>
      {props.count === 0 ? (
        <p class="home-empty"><span aria-hidden="true">✓ </span>{props.empty}</p>
      ) : (
        <ul class="home-list">{props.children}</ul>
      )}
      {props.all && props.count > 0 && <p class="home-all"><Link href={props.all.href}>{props.all.label}</Link></p>}
    </section>
  );
}

function ToSign({ district, data }: Part) {
  const { t } = useI18n();
  const base = `/districts/${district}`;
  return (
    <Section id="sign" title={t('home.toSign')} empty={t('home.toSignNone')}
      count={data.charters_to_sign.length + data.communications_to_sign.length}>
      {data.communications_to_sign.map((c) => (
        <li key={`c${c.id}`}>
          <Link href={`${base}/communications/${c.id}`}>{c.title}</Link>
          <span class="home-meta">{t('home.communication')}</span>
        </li>
      ))}
      {data.charters_to_sign.map((c) => (
        <li key={`v${c.version_id}`}>
          <Link href={`${base}/bodies/${c.body_id}`}>{t('home.charterVersion', { number: c.number })}</Link>
          <span class="home-meta">{c.body_name}</span>
        </li>
      ))}
    </Section>
  );
}

function Stances({ district, data }: Part) {
  const { t, locale } = useI18n();
  return (
    <Section id="stances" title={t('home.stances')} empty={t('home.stancesNone')} count={data.awaiting_my_stance.length}>
      {data.awaiting_my_stance.map((p) => (
        <li key={p.id}>
          <Link href={`/districts/${district}/decisions/${p.id}`}>{p.title}</Link>
          <span class="home-meta">
            {p.body_name}
            {p.closes_at !== null && <>{' · '}{t('home.closes', { date: formatMoment(p.closes_at, locale) })}</>}
          </span>
        </li>
      ))}
    </Section>
  );
}

function ReadyRequests({ district, data }: Part) {
  const { t } = useI18n();
  return (
    <Section id="ready" title={t('home.ready')} empty={t('home.readyNone')} count={data.ready_requests.length}>
      {data.ready_requests.map((r) => (
        <li key={r.issue_id}>
          <Link href={`/districts/${district}/issues/${r.issue_id}`}>{r.title}</Link>
          <span class="home-meta">
            {t(r.ready_side === 'labor' ? 'home.readyByLabor' : 'home.readyByManagement', {
              name: r.ready_name, step: t(`issue.step.${r.step}` as MessageKey),
            })}
            {' · '}{r.body_name}
          </span>
        </li>
      ))}
    </Section>
  );
}

function Meetings({ district, data }: Part) {
  const { t, locale } = useI18n();
  return (
    <Section id="meetings" title={t('home.meetings')} empty={t('home.meetingsNone')} count={data.next_meetings.length}
      all={{ href: `/districts/${district}/meetings`, label: t('home.allMeetings') }}>
      {data.next_meetings.map((m) => (
        <li key={`${m.series_id}-${m.date}`}>
          <Link href={meetingHref(district, m)}>
            {t('home.meetingOf', { body: m.body_name, when: formatWallTime(m.start, locale) })}
          </Link>
          {m.my_approval_needed && (
            <span class="home-flag"><span aria-hidden="true">! </span>{t('home.approvalNeeded')}</span>
          )}
          <span class="home-meta">
            {m.location && <>{m.location}{' · '}</>}
            {t('home.agendaItems', { count: m.agenda_items })}
            {' · '}
            {m.agenda_approved ? t('home.agendaApproved') : t('home.agendaNotApproved')}
          </span>
        </li>
      ))}
    </Section>
  );
}

function Overdue({ district, data }: Part) {
  const { t, locale } = useI18n();
  // The person's own items first.
  const items = [...data.overdue_actions].sort((a, b) => Number(b.mine) - Number(a.mine));
  return (
    <Section id="overdue" title={t('home.overdue')} empty={t('home.overdueNone')} count={items.length}
      all={{ href: `/districts/${district}/actions?overdue=true`, label: t('home.allOverdue') }}>
      {items.map((a) => (
        <li key={a.id}>
          <Link href={`/districts/${district}/actions?overdue=true`}>{a.title}</Link>
          {a.mine && <span class="home-flag"><span aria-hidden="true">! </span>{t('home.yours')}</span>}
          <span class="home-meta">
            {a.mine ? '' : `${a.owner_name} · `}
            {t('home.wasDue', { date: formatDay(a.due_date, locale) })}
          </span>
        </li>
      ))}
    </Section>
  );
}

function Unread({ district, data }: Part) {
  const { t } = useI18n();
  return (
    <Section id="unread" title={t('home.unread')} empty={t('home.unreadNone')} count={data.unread_communications.length}
      all={{ href: `/districts/${district}/communications`, label: t('home.allCommunications') }}>
      {data.unread_communications.map((c) => (
        <li key={c.id}>
          <Link href={`/districts/${district}/communications/${c.id}`}>{c.title}</Link>
        </li>
      ))}
    </Section>
  );
}

function Issues({ district, data }: Part) {
  const { t } = useI18n();
  const rows = data.issues_by_step.filter((s) => s.count > 0);
  const total = rows.reduce((sum, s) => sum + s.count, 0);
  const order = (step: string) => (steps.includes(step) ? steps.indexOf(step) : steps.length);
  return (
    <Section id="issues" title={t('home.issues')} empty={t('home.issuesNone')} count={total}
      all={{ href: `/districts/${district}/issues`, label: t('home.allIssues') }}>
      {[...rows].sort((a, b) => order(a.step) - order(b.step)).map((s) => (
        <li key={s.step} class="home-step">
          <Link href={`/districts/${district}/issues`}>
            {steps.includes(s.step) ? t(`home.step.${s.step}` as MessageKey) : s.step}
          </Link>
          <span class="home-step-count">{s.count}</span>
        </li>
      ))}
    </Section>
  );
}

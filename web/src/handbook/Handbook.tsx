import { useMemo } from 'preact/hooks';
import { formatDay, formatMoment, formatNumber } from '../i18n/format';
import { handbookApi, type Handbook, type HandbookOutcome, type Milestone } from '../api/handbook';
import type { MetricSeries } from '../api/outcomes';
import type { DistrictView } from '../api/types';
import type { MessageKey } from '../i18n/en';
import { useI18n, type Translate } from '../i18n/i18n';
import { LineChart } from '../outcome/Chart';
import { Link, Loading, PageTitle, TableScroll, useLoad } from '../ui/components';
import './handbook.css';

const day = (seconds: number) => new Date(seconds * 1000).toISOString().slice(0, 10);

function milestoneText(m: Milestone, t: Translate) {
  const side = m.side ? t(`side.${m.side}` as MessageKey) : '';
  return t(`handbook.m.${m.type}` as MessageKey, { title: m.title, number: m.number ?? 0, side });
}

// The partnership handbook: one page to read on day one, and to print.
export function HandbookPage(props: { district: DistrictView }) {
  const { t, locale } = useI18n();
  const { data, error } = useLoad(() => handbookApi.get(props.district.id), [props.district.id]);
  if (!data) return <Loading error={error} />;
  const sections: [string, MessageKey][] = [
    ['hb-charters', 'handbook.charters'], ['hb-bodies', 'handbook.bodies'], ['hb-decisions', 'handbook.decisions'],
    ['hb-timeline', 'handbook.timeline'], ['hb-outcomes', 'handbook.outcomes'], ['hb-commitments', 'handbook.commitments'],
  ];
  return (
    <article class="handbook">
      <PageTitle>{t('handbook.title')}</PageTitle>
      <p class="handbook-meta">
        {data.district.name} · {t('handbook.prepared', { date: formatDay(data.generated_on, locale) })}
      </p>
      <p>{t('handbook.intro')}</p>
      <p class="no-print">
        <button type="button" onClick={() => window.print()}>{t('handbook.print')}</button>
      </p>
      <nav class="handbook-contents no-print" aria-labelledby="hb-contents">
        <h2 id="hb-contents">{t('handbook.contents')}</h2>
        <ol>
          {sections.map(([id, key]) => <li key={id}><a href={`#${id}`}>{t(key)}</a></li>)}
        </ol>
      </nav>
      <Charters data={data} />
      <Bodies data={data} />
      <Decisions data={data} />
      <Timeline data={data} />
      <Outcomes data={data} />
      <Commitments data={data} />
    </article>
  );
}

function Charters({ data }: { data: Handbook }) {
  const { t, locale } = useI18n();
  const withCharter = data.bodies.filter((b) => b.charter);
  return (
    <section aria-labelledby="hb-charters" class="handbook-section">
      <h2 id="hb-charters">{t('handbook.charters')}</h2>
      {withCharter.length === 0 && <p>{t('handbook.noCharter')}</p>}
      {withCharter.map((b) => {
        const c = b.charter!;
        return (
          <section key={b.id} class="handbook-charter" aria-labelledby={`hb-charter-${b.id}`}>
            <h3 id={`hb-charter-${b.id}`}>{t('handbook.version', { body: b.name, number: c.number })}</h3>
            <p class="handbook-meta">
              {c.effective_at !== null && <>{t('handbook.inForceSince', { date: formatMoment(c.effective_at, locale) })} · </>}
              {t('handbook.reviewDate', { date: formatDay(c.review_date, locale) })}
            </p>
            {b.charter_review_due && <p class="handbook-flag">{t('handbook.reviewDue')}</p>}
            <h4>{t('handbook.mission')}</h4>
            <p>{c.mission}</p>
            {c.principles.length > 0 && (
              <>
                <h4>{t('handbook.principles')}</h4>
                <ul>{c.principles.map((p, i) => <li key={i}>{p}</li>)}</ul>
              </>
            )}
            {c.norms.length > 0 && (
              <>
                <h4>{t('handbook.norms')}</h4>
                <ul>{c.norms.map((n, i) => <li key={i}>{n}</li>)}</ul>
              </>
            )}
            <h4>{t('handbook.signedBy')}</h4>
            <ul>
              {c.signers.map((s) => (
                <li key={s.user_id}>
                  {t('handbook.signer', {
                    name: s.name, side: t(`side.${s.side}` as MessageKey),
                    date: s.signed_at !== null ? formatDay(day(s.signed_at), locale) : '',
                  })}
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </section>
  );
}

function Bodies({ data }: { data: Handbook }) {
  const { t } = useI18n();
  const base = `/districts/${data.district.id}/bodies`;
  return (
    <section aria-labelledby="hb-bodies" class="handbook-section">
      <h2 id="hb-bodies">{t('handbook.bodies')}</h2>
      <TableScroll>
        <table>
          <thead>
            <tr>
              <th scope="col">{t('handbook.body')}</th>
              <th scope="col">{t('handbook.level')}</th>
              <th scope="col">{t('handbook.laborCoChair')}</th>
              <th scope="col">{t('handbook.managementCoChair')}</th>
              <th scope="col">{t('handbook.rule')}</th>
            </tr>
          </thead>
          <tbody>
            {data.bodies.map((b) => (
              <tr key={b.id}>
                <th scope="row"><Link href={`${base}/${b.id}`}>{b.name}</Link>{b.school ? ` (${b.school})` : ''}</th>
                <td>{t(`level.${b.level}` as MessageKey)}</td>
                <td>{b.labor_co_chair?.name ?? t('handbook.nobody')}</td>
                <td>{b.management_co_chair?.name ?? t('handbook.nobody')}</td>
                <td>{t(`rule.${b.rule}` as MessageKey)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </section>
  );
}

function Decisions({ data }: { data: Handbook }) {
  const { t, locale } = useI18n();
  const names = new Map(data.bodies.map((b) => [b.id, b.name]));
  return (
    <section aria-labelledby="hb-decisions" class="handbook-section">
      <h2 id="hb-decisions">{t('handbook.decisions')}</h2>
      {data.decisions.length === 0 ? (
        <p>{t('handbook.noDecisions')}</p>
      ) : (
        <ol class="handbook-decisions">
          {data.decisions.map((d) => (
            <li key={d.id}>
              <h3><Link href={`/districts/${data.district.id}/decisions/${d.id}`}>{d.title}</Link></h3>
              <p class="handbook-meta">
                {t('handbook.adoptedOn', { date: formatMoment(d.adopted_at, locale) })} · {names.get(d.body_id) ?? ''}
              </p>
              <p>{d.text}</p>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

function Timeline({ data }: { data: Handbook }) {
  const { t, locale } = useI18n();
  return (
    <section aria-labelledby="hb-timeline" class="handbook-section">
      <h2 id="hb-timeline">{t('handbook.timeline')}</h2>
      <ol class="handbook-timeline">
        {data.timeline.map((m, i) => (
          <li key={i}>
            <span class="handbook-when">{formatDay(day(m.at), locale)}</span>{' '}
            <span>{milestoneText(m, t)}</span>
            {m.type !== 'body_created' && m.body_name && <span class="handbook-meta"> · {m.body_name}</span>}
          </li>
        ))}
      </ol>
    </section>
  );
}

function Outcomes({ data }: { data: Handbook }) {
  const { t } = useI18n();
  return (
    <section aria-labelledby="hb-outcomes" class="handbook-section">
      <h2 id="hb-outcomes">{t('handbook.outcomes')}</h2>
      {data.outcomes.length === 0 && <p>{t('handbook.noOutcomes')}</p>}
      {data.outcomes.map((o) => <OutcomeBlock key={o.metric.id} outcome={o} district={data.district} />)}
    </section>
  );
}

function OutcomeBlock(props: { outcome: HandbookOutcome; district: Handbook['district'] }) {
  const { t, locale } = useI18n();
  const { outcome, district } = props;
  const name = locale === 'es' ? outcome.metric.name_es : outcome.metric.name_en;
  const stateName = t('handbook.state', { state: district.state });
  // The chart of the outcome pages, fed the handbook's two lines.
  const series = useMemo<MetricSeries>(() => ({
    group: '1',
    groups: ['1'],
    years: outcome.points.map((p) => p.year),
    events: [],
    earlier_events: false,
    metric: { ...outcome.metric, built_in: true },
    series: [
      { scope: 'district', school_id: null, name: district.name,
        points: outcome.points.map((p) => ({ year: p.year, value: p.district, n: null })) },
      { scope: 'state', school_id: null, name: district.state,
        points: outcome.points.map((p) => ({ year: p.year, value: p.state, n: null })) },
    ],
  }), [outcome, district]);
  const markers = useMemo(() => [], []);
  const value = (v: number | null) => (v === null ? '—' : formatNumber(v, locale));
  return (
    <section class="handbook-outcome" aria-labelledby={`hb-metric-${outcome.metric.id}`}>
      <h3 id={`hb-metric-${outcome.metric.id}`}>{name}</h3>
      <LineChart data={series} markers={markers} label={t('handbook.chartLabel', { metric: name })}
        lineNames={[district.name, stateName]} />
      <TableScroll>
        <table>
          <thead>
            <tr>
              <th scope="col">{t('handbook.year')}</th>
              <th scope="col">{t('handbook.district')}</th>
              <th scope="col">{stateName}</th>
            </tr>
          </thead>
          <tbody>
            {outcome.points.map((p) => (
              <tr key={p.year}>
                <th scope="row">{p.year}</th>
                <td>{value(p.district)}</td>
                <td>{value(p.state)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </section>
  );
}

function Commitments({ data }: { data: Handbook }) {
  const { t, locale } = useI18n();
  return (
    <section aria-labelledby="hb-commitments" class="handbook-section">
      <h2 id="hb-commitments">{t('handbook.commitments')}</h2>
      {data.commitments.length === 0 ? (
        <p>{t('handbook.noCommitments')}</p>
      ) : (
        <TableScroll>
          <table>
            <thead>
              <tr>
                <th scope="col">{t('handbook.item')}</th>
                <th scope="col">{t('handbook.owner')}</th>
                <th scope="col">{t('handbook.due')}</th>
                <th scope="col">{t('handbook.status')}</th>
              </tr>
            </thead>
            <tbody>
              {data.commitments.map((a) => (
                <tr key={a.id}>
                  <th scope="row">{a.title}</th>
                  <td>{a.owner_name}</td>
                  <td>{formatDay(a.due_date, locale)}</td>
                  <td>{t(`action.status.${a.status}` as MessageKey)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </section>
  );
}

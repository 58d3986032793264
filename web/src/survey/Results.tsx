import type { ComponentChildren } from 'preact';
import {
  surveysApi, type AreaGap, type AreaResult, type ClimateResults, type ClimateTrend, type GroupResult, type NetworkResults,
  type NetworkSchoolResult, type SurveyWindow, type TopicNetwork,
} from '../api/surveys';
import type { DistrictView } from '../api/types';
import { formatDay } from '../i18n/format';
import type { MessageKey } from '../i18n/en';
import { useI18n } from '../i18n/i18n';
import { Loading, PageTitle, useLoad } from '../ui/components';
import { GapBar, MeanBar, PercentBar, Suppressed } from './bars';
import { BackToHealth } from './frame';
import { formatGap, formatMean, formatPercent, inLocale, schoolYear } from './text';
import './survey.css';

// A window's results: the climate survey per area for the district, each school and each side,
// the gap between the sides, the trend across the years, and each school's collaboration network.
// Only aggregates exist here; a group below the minimum shows no number at all.
export function ResultsPage(props: { district: DistrictView; windowId: number }) {
  const { t, locale } = useI18n();
  const d = props.district;
  const loaded = useLoad(() => surveysApi.window(d.id, props.windowId), [d.id, props.windowId]);
  const w = loaded.data;
  if (!w) return <Loading error={loaded.error} />;
  return (
    <div class="survey-printable">
      <BackToHealth districtId={d.id} />
      <PageTitle>{t('survey.results.title', { year: schoolYear(w.year) })}</PageTitle>
      {w.results_available ? (
        <WindowResults district={d} window={w} />
      ) : (
        <p class="notice">{t('survey.results.notYet', { date: formatDay(w.closes_on, locale) })}</p>
      )}
    </div>
  );
}

function WindowResults(props: { district: DistrictView; window: SurveyWindow }) {
  const { t } = useI18n();
  const { district: d, window: w } = props;
  const climate = w.surveys.includes('climate');
  const network = w.surveys.includes('network');
  const climateResults = useLoad(
    () => (climate ? surveysApi.climateResults(d.id, w.id) : Promise.resolve(null)), [d.id, w.id]);
  const trend = useLoad(() => (climate ? surveysApi.climateTrend(d.id) : Promise.resolve(null)), [d.id, w.id]);
  const networkResults = useLoad(
    () => (network ? surveysApi.networkResults(d.id, w.id) : Promise.resolve(null)), [d.id, w.id]);
  const min = w.min_group_size;
  return (
    <>
      <p class="survey-no-print">
        <button type="button" class="secondary" onClick={() => globalThis.print()}>{t('survey.results.print')}</button>
      </p>
      <p>{t('survey.results.suppressionRule', { min })}</p>
      {climate && (climateResults.data === undefined ? <Loading error={climateResults.error} />
        : climateResults.data && <ClimateSection results={climateResults.data} />)}
      {climate && (trend.data === undefined ? <Loading error={trend.error} />
        : trend.data && <TrendSection trend={trend.data} min={min} />)}
      {network && (networkResults.data === undefined ? <Loading error={networkResults.error} />
        : networkResults.data && <NetworkSection results={networkResults.data} />)}
    </>
  );
}

// A table that scrolls sideways on a narrow screen, reachable with the keyboard.
function WideTable(props: { id: string; caption: string; children: ComponentChildren }) {
  return (
    <div class="survey-table-wrap" role="region" aria-labelledby={props.id} tabIndex={0}>
      <table class="survey-table">
        <caption id={props.id}>{props.caption}</caption>
        {props.children}
      </table>
    </div>
  );
}

function AreaValue(props: { area: AreaResult | undefined; min: number }) {
  const a = props.area;
  if (!a || a.suppressed || a.n === null) return <Suppressed min={props.min} />;
  if (a.mean === null) return <span>–</span>;
  return <MeanBar mean={a.mean} n={a.n} />;
}

function ClimateSection(props: { results: ClimateResults }) {
  const { t, locale } = useI18n();
  const r = props.results;
  const min = r.min_group_size;
  const areas = r.gap.map((g) => ({ key: g.area, name: inLocale(g.name, locale) }));
  const sideName = (g: GroupResult) => t(`survey.sideName.${g.side}` as MessageKey);
  return (
    <section aria-labelledby="results-climate">
      <h2 id="results-climate">{t('survey.kind.climate')}</h2>
      <p>{t('survey.results.climateHow')}</p>
      <h3>{t('survey.results.district')}</h3>
      {r.overall.suppressed ? (
        <p><Suppressed min={min} /></p>
      ) : (
        <>
          <p>{t('survey.results.respondents', { n: r.overall.n ?? 0 })}</p>
          <AreaBars group={r.overall} areas={areas} min={min} />
          <ItemsTable group={r.overall} min={min} />
        </>
      )}
      <h3>{t('survey.results.bySchool')}</h3>
      {r.schools.length === 0 ? <p>{t('survey.noSchools')}</p> : (
        <>
          <GroupCards groups={r.schools} name={(g) => g.school ?? ''} areas={areas} min={min} />
          <GroupTable id="results-schools-table" caption={t('survey.results.schoolTable')} groups={r.schools}
            name={(g) => g.school ?? ''} areas={areas} min={min} />
        </>
      )}
      <h3>{t('survey.results.bySide')}</h3>
      <GroupCards groups={r.sides} name={sideName} areas={areas} min={min} />
      <GroupTable id="results-sides-table" caption={t('survey.results.sideTable')} groups={r.sides} name={sideName}
        areas={areas} min={min} />
      <h3>{t('survey.results.gapTitle')}</h3>
      <p>{t('survey.results.gapHow')}</p>
      <GapTable gaps={r.gap} min={min} />
    </section>
  );
}

function AreaBars(props: { group: GroupResult; areas: { key: string; name: string }[]; min: number }) {
  return (
    <ul class="survey-bars">
      {props.areas.map((area) => (
        <li key={area.key}>
          <span class="survey-bar-label">{area.name}</span>
          <AreaValue area={props.group.areas.find((a) => a.key === area.key)} min={props.min} />
        </li>
      ))}
    </ul>
  );
}

// The statements, for the whole district only: all of an area's or none.
function ItemsTable(props: { group: GroupResult; min: number }) {
  const { t, locale } = useI18n();
  return (
    <WideTable id="results-items-table" caption={t('survey.results.items')}>
      <thead>
        <tr>
          <th scope="col">{t('survey.results.statement')}</th>
          <th scope="col">{t('survey.results.meanColumn')}</th>
        </tr>
      </thead>
      {props.group.areas.map((area) => (
        <tbody key={area.key}>
          <tr>
            <th scope="colgroup" colSpan={2} class="survey-area-row">{inLocale(area.name, locale)}</th>
          </tr>
          {area.suppressed ? (
            <tr><td colSpan={2}><Suppressed min={props.min} /></td></tr>
          ) : area.items_suppressed || !area.items?.length ? (
            <tr><td colSpan={2}>{t('survey.results.itemsSuppressed', { min: props.min })}</td></tr>
          ) : (
            area.items.map((item) => (
              <tr key={item.key}>
                <th scope="row" class="survey-statement-cell">{inLocale(item.text, locale)}</th>
                <td>{item.mean === null || item.n === null ? '–' : <MeanBar mean={item.mean} n={item.n} />}</td>
              </tr>
            ))
          )}
        </tbody>
      ))}
    </WideTable>
  );
}

interface GroupProps {
  groups: GroupResult[];
  name: (g: GroupResult) => string;
  areas: { key: string; name: string }[];
  min: number;
}

function GroupCards(props: GroupProps) {
  const { t } = useI18n();
  return (
    <ul class="survey-groups">
      {props.groups.map((g) => (
        <li key={props.name(g)} class="survey-card">
          <h4>{props.name(g)}</h4>
          {g.suppressed ? (
            <p><Suppressed min={props.min} /></p>
          ) : (
            <>
              <p>{t('survey.results.respondents', { n: g.n ?? 0 })}</p>
              <AreaBars group={g} areas={props.areas} min={props.min} />
            </>
          )}
        </li>
      ))}
    </ul>
  );
}

// The same numbers as the cards, one row per group.
function GroupTable(props: GroupProps & { id: string; caption: string }) {
  const { t, locale } = useI18n();
  const min = props.min;
  return (
    <WideTable id={props.id} caption={props.caption}>
      <thead>
        <tr>
          <th scope="col">{t('survey.results.group')}</th>
          <th scope="col">{t('survey.results.n')}</th>
          {props.areas.map((a) => <th key={a.key} scope="col">{a.name}</th>)}
        </tr>
      </thead>
      <tbody>
        {props.groups.map((g) => (
          <tr key={props.name(g)}>
            <th scope="row">{props.name(g)}</th>
            {g.suppressed ? (
              <td colSpan={props.areas.length + 1}><Suppressed min={min} /></td>
            ) : (
              <>
                <td>{g.n}</td>
                {props.areas.map((area) => {
                  const a = g.areas.find((x) => x.key === area.key);
                  return (
                    <td key={area.key}>
                      {!a || a.suppressed || a.mean === null ? <Suppressed min={min} /> : formatMean(a.mean, locale)}
                    </td>
                  );
                })}
              </>
            )}
          </tr>
        ))}
      </tbody>
    </WideTable>
  );
}

function GapTable(props: { gaps: AreaGap[]; min: number }) {
  const { t, locale } = useI18n();
  return (
    <WideTable id="results-gap-table" caption={t('survey.results.gapTitle')}>
      <thead>
        <tr>
          <th scope="col">{t('survey.results.area')}</th>
          <th scope="col">{t('survey.sideName.labor')}</th>
          <th scope="col">{t('survey.sideName.management')}</th>
          <th scope="col">{t('survey.results.gapColumn')}</th>
        </tr>
      </thead>
      <tbody>
        {props.gaps.map((g) => (
          <tr key={g.area}>
            <th scope="row">{inLocale(g.name, locale)}</th>
            <td>{g.labor_mean === null ? <Suppressed min={props.min} /> : formatMean(g.labor_mean, locale)}</td>
            <td>{g.management_mean === null ? <Suppressed min={props.min} /> : formatMean(g.management_mean, locale)}</td>
            <td>{g.gap === null ? t('survey.results.noGap') : <GapBar gap={g.gap} />}</td>
          </tr>
        ))}
      </tbody>
    </WideTable>
  );
}

function TrendSection(props: { trend: ClimateTrend; min: number }) {
  const { t, locale } = useI18n();
  const { years, areas } = props.trend;
  return (
    <section aria-labelledby="results-trend">
      <h2 id="results-trend">{t('survey.results.trendTitle')}</h2>
      <p>{t('survey.results.trendHow')}</p>
      {years.length === 0 ? <p>{t('survey.results.noTrend')}</p> : (
        <WideTable id="results-trend-table" caption={t('survey.results.trendTitle')}>
          <thead>
            <tr>
              <th scope="col">{t('survey.results.area')}</th>
              {years.map((y) => <th key={y.window_id} scope="col">{schoolYear(y.year)}</th>)}
            </tr>
          </thead>
          <tbody>
            <tr>
              <th scope="row">{t('survey.results.respondentsRow')}</th>
              {years.map((y) => (
                <td key={y.window_id}>{y.suppressed || y.respondents === null ? <Suppressed min={props.min} /> : y.respondents}</td>
              ))}
            </tr>
            {areas.map((area) => (
              <tr key={area.key}>
                <th scope="row">{inLocale(area.name, locale)}</th>
                {years.map((y) => {
                  const p = area.points.find((x) => x.window_id === y.window_id);
                  return (
                    <td key={y.window_id}>
                      {!p ? '–' : p.suppressed || p.mean === null || p.n === null ? <Suppressed min={props.min} /> : (
                        <>
                          <MeanBar mean={p.mean} n={p.n} />
                          {p.gap !== null && <span class="survey-trend-gap">{t('survey.results.trendGap', { gap: formatGap(p.gap, locale) })}</span>}
                        </>
                      )}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </WideTable>
      )}
    </section>
  );
}

function NetworkSection(props: { results: NetworkResults }) {
  const { t } = useI18n();
  const r = props.results;
  return (
    <section aria-labelledby="results-network">
      <h2 id="results-network">{t('survey.kind.network')}</h2>
      <dl class="survey-definitions">
        <dt>{t('survey.results.density')}</dt>
        <dd>{t('survey.results.densityDefinition')}</dd>
        <dt>{t('survey.results.weekly')}</dt>
        <dd>{t('survey.results.weeklyDefinition')}</dd>
        <dt>{t('survey.results.leaderTie')}</dt>
        <dd>{t('survey.results.leaderTieDefinition')}</dd>
      </dl>
      <p>{t('survey.results.neverWho')}</p>
      {r.schools.length === 0 ? <p>{t('survey.noSchools')}</p> : (
        <ul class="survey-schools">
          {r.schools.map((s, i) => <SchoolNetwork key={s.school} school={s} index={i} min={r.min_group_size} />)}
        </ul>
      )}
    </section>
  );
}

function SchoolNetwork(props: { school: NetworkSchoolResult; index: number; min: number }) {
  const { t } = useI18n();
  const s = props.school;
  return (
    <li class="survey-card">
      <h3>{s.school}</h3>
      {s.suppressed ? (
        <p><Suppressed min={props.min} /></p>
      ) : (
        <>
          <p>{t('survey.results.respondents', { n: s.respondents ?? 0 })}</p>
          <WideTable id={`results-network-${props.index}`} caption={t('survey.results.networkTable', { school: s.school })}>
            <thead>
              <tr>
                <th scope="col">{t('survey.results.topic')}</th>
                <th scope="col">{t('survey.results.density')}</th>
                <th scope="col">{t('survey.results.weekly')}</th>
                <th scope="col">{t('survey.results.leaderTie')}</th>
              </tr>
            </thead>
            <tbody>
              {s.topics.map((topic) => <TopicRow key={topic.topic} topic={topic} />)}
            </tbody>
          </WideTable>
        </>
      )}
    </li>
  );
}

function TopicRow(props: { topic: TopicNetwork }) {
  const { t, locale } = useI18n();
  const n = props.topic;
  const leaders = n.principal_site_rep;
  let tie: string;
  if (!leaders.principal_identified || !leaders.site_rep_identified) tie = t('survey.results.tieUnknown');
  else if (!leaders.tie) tie = t('survey.results.tieNo');
  else if (leaders.frequency) tie = t('survey.results.tieYesHowOften', { frequency: t(`survey.frequency.${leaders.frequency}` as MessageKey).toLocaleLowerCase(locale) });
  else tie = t('survey.results.tieYes');
  return (
    <tr>
      <th scope="row">{t(`survey.topic.${n.topic}` as MessageKey)}</th>
      <td>
        {n.density === null ? '–' : (
          <PercentBar share={n.density}>
            {' '}<span class="survey-pairs">{t('survey.results.pairs', { ties: n.ties, possible: n.possible_ties })}</span>
          </PercentBar>
        )}
      </td>
      <td>{n.weekly_density === null ? '–' : formatPercent(n.weekly_density, locale)}</td>
      <td>{tie}</td>
    </tr>
  );
}

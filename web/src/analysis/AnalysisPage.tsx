import { useMemo, useState } from 'preact/hooks';
import { analysisApi, type AnalysisQuery, type PartnershipAnalysis } from '../api/analysis';
import { outcomesApi, type Metric } from '../api/outcomes';
import type { DistrictView } from '../api/types';
import type { MessageKey } from '../i18n/en';
import { useI18n } from '../i18n/i18n';
import { fixedDigits } from '../ui/chart';
import { Field, Loading, PageTitle, TableScroll, useLoad, type SubmitHandler } from '../ui/components';
import { GrowthScatter, leastSquares, schoolPoints } from './Scatter';
import './analysis.css';
import { formatShare } from '../i18n/format';

// Outcome growth across the district's schools against the partnership's strength, with what the
// model finds, how sure it can be, and every school's figures (and why a school was left out).
export function AnalysisPage(props: { district: DistrictView }) {
  const { t, locale } = useI18n();
  const districtId = props.district.id;
  const metrics = useLoad(() => outcomesApi.metrics(districtId), [districtId]);
  const [query, setQuery] = useState<AnalysisQuery>({ metric: 'ela_met' });
  const [draft, setDraft] = useState<AnalysisQuery>({ metric: 'ela_met' });
  const analysis = useLoad(() => analysisApi.analyze(districtId, query), [districtId, query]);
  const metricOf = (key: string) => metrics.data?.items.find((x) => x.key === key);
  const nameOf = (key: string) => {
    const m = metricOf(key);
    return m ? (locale === 'es' ? m.name_es : m.name_en) : key;
  };
  const submit: SubmitHandler = (e) => {
    e.preventDefault();
    setQuery({ ...draft });
  };
  const year = (v: string) => (v === '' ? '' : Number(v));
  return (
    <>
      <PageTitle>{t('analysis.title')}</PageTitle>
      <p>{t('analysis.intro')}</p>
      <form class="analysis-query no-print" onSubmit={submit}>
        <Field label={t('analysis.metric')}>
          <select value={draft.metric} onChange={(e) => setDraft({ ...draft, metric: e.currentTarget.value })}>
            {(metrics.data?.items ?? [{ key: 'ela_met', name_en: 'ela_met', name_es: 'ela_met' }]).map((m) => (
              <option key={m.key} value={m.key}>{locale === 'es' ? m.name_es : m.name_en}</option>
            ))}
          </select>
        </Field>
        <Field label={t('analysis.from')}>
          <input type="number" min={1990} max={2100} value={draft.from ?? ''}
            onInput={(e) => setDraft({ ...draft, from: year(e.currentTarget.value) })} />
        </Field>
        <Field label={t('analysis.to')}>
          <input type="number" min={1990} max={2100} value={draft.to ?? ''}
            onInput={(e) => setDraft({ ...draft, to: year(e.currentTarget.value) })} />
        </Field>
        <button type="submit">{t('analysis.show')}</button>
      </form>
      {analysis.data && !analysis.error ? (
        <Findings analysis={analysis.data} metricName={nameOf(analysis.data.metric)}
          unit={metricOf(analysis.data.metric)?.unit ?? 'number'} />
      ) : (
        <Loading error={analysis.error} />
      )}
    </>
  );
}

// The same number of decimals for a figure wherever it shows: in the table, on the chart and in
// the sentences about it.
const kDigits = { growth: 1, score: 2, density: 3, lowIncome: 1, estimate: 3, t: 2 };

function Findings(props: { analysis: PartnershipAnalysis; metricName: string; unit: Metric['unit'] }) {
  const { t, locale } = useI18n();
  const a = props.analysis;
  const formats = useMemo(() => {
    const out = {} as Record<keyof typeof kDigits, (v: number) => string>;
    for (const [key, digits] of Object.entries(kDigits)) out[key as keyof typeof kDigits] = fixedDigits(locale, digits);
    return out;
  }, [locale]);
  const number = (v: number | null, kind: keyof typeof kDigits) =>
    v === null ? t('analysis.missing') : formats[kind](v);
  const points = useMemo(() => schoolPoints(a.schools), [a]);
  const fit = useMemo(() => leastSquares(points), [points]);
  const growthTitle = [
    t('analysis.axis.growth', { from: a.from, to: a.to }),
    ...(props.unit === 'number' ? [] : [t(`analysis.axis.unit.${props.unit}`)]),
  ];
  return (
    <>
      <p role="status">
        {a.survey_year === null
          ? t('analysis.spanNoSurvey', { metric: props.metricName, from: a.from, to: a.to })
          : t('analysis.span', { metric: props.metricName, from: a.from, to: a.to, year: a.survey_year })}
      </p>
      {points.length > 0 && (
        <section aria-labelledby="analysis-scatter" class="analysis-scatter">
          <h2 id="analysis-scatter">{t('analysis.scatter')}</h2>
          <GrowthScatter points={points} fit={fit} describedBy="analysis-scatter-about"
            label={t('analysis.scatterLabel', { n: points.length, metric: props.metricName })}
            xTitle={t('analysis.axis.score')}
            yTitle={growthTitle} lineName={t('analysis.fitLine')} score={formats.score} growth={formats.growth}
            pointText={(p) =>
              t('analysis.point', { school: p.name, score: formats.score(p.x), growth: formats.growth(p.y) })} />
          <p id="analysis-scatter-about" class="chart-note">
            {fit
              ? t('analysis.line', {
                n: points.length,
                intercept: formats.estimate(fit.intercept),
                slope: formats.estimate(fit.slope),
              })
              : t('analysis.noLine')}
          </p>
        </section>
      )}
      {a.model ? (
        <section aria-labelledby="analysis-model">
          <h2 id="analysis-model">{t('analysis.model')}</h2>
          <p>
            {t('analysis.fit', {
              n: a.model.n, r2: formatShare(a.model.r_squared, locale), adjusted: formatShare(a.model.adjusted_r_squared, locale),
            })}
          </p>
          <TableScroll>
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('analysis.term')}</th>
                  <th scope="col">{t('analysis.coefficient')}</th>
                  <th scope="col">{t('analysis.standardError')}</th>
                  <th scope="col">{t('analysis.tValue')}</th>
                </tr>
              </thead>
              <tbody>
                {a.model.terms.map((term) => (
                  <tr key={term.name}>
                    <th scope="row">{t(`analysis.term.${term.name}` as MessageKey)}</th>
                    <td>{number(term.coefficient, 'estimate')}</td>
                    <td>{number(term.standard_error, 'estimate')}</td>
                    <td>{number(term.t, 't')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
          {a.model.omitted.length > 0 && <p>{t('analysis.omitted')}</p>}
          <aside class="analysis-caveat" aria-labelledby="analysis-caveat">
            <h3 id="analysis-caveat">{t('analysis.caveat')}</h3>
            <p>{locale === 'es' ? a.model.caveat.es : a.model.caveat.en}</p>
          </aside>
        </section>
      ) : (
        <p class="analysis-caveat">{t('analysis.notFitted', { reason: a.not_fitted ?? '' })}</p>
      )}
      <h2>{t('analysis.schools')}</h2>
      {a.schools.length === 0 ? (
        <p>{t('analysis.none')}</p>
      ) : (
        <TableScroll label={t('analysis.schools')}>
          <table>
            <thead>
              <tr>
                <th scope="col">{t('analysis.school')}</th>
                <th scope="col">{t('analysis.growth')}</th>
                <th scope="col">{t('analysis.partnership')}</th>
                <th scope="col">{t('analysis.density')}</th>
                <th scope="col">{t('analysis.lowIncome')}</th>
                <th scope="col">{t('analysis.inModel')}</th>
              </tr>
            </thead>
            <tbody>
              {a.schools.map((s) => (
                <tr key={s.school_id}>
                  <th scope="row">{s.name}</th>
                  <td>{number(s.growth, 'growth')}</td>
                  <td>{number(s.partnership_score, 'score')}</td>
                  <td>{number(s.network_density, 'density')}</td>
                  <td>{number(s.low_income_pct, 'lowIncome')}</td>
                  <td>{s.excluded ? t(`analysis.excluded.${s.excluded}` as MessageKey) : t('analysis.yes')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </>
  );
}

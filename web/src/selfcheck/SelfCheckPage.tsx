import { useState } from 'preact/hooks';
import { api } from '../api/client';
import { selfChecksApi, type SelfCheck } from '../api/selfchecks';
import type { DistrictView } from '../api/types';
import { useI18n } from '../i18n/i18n';
import { Link, Loading, PageTitle, useLoad } from '../ui/components';
import { History } from './History';
import { MaturityPanel } from './Maturity';
import { RatingForm, RatingList } from './Ratings';
import './selfcheck.css';

// The server accepts years up to the current one in UTC, so "this year" is the UTC year.
const thisYear = () => new Date().getUTCFullYear();

// A body's self-check of one year: the year chooser, the maturity level, the ten structures (a form
// for the body's labor and management members, read-only for everyone else) and the history.
export function SelfCheckPage(props: { district: DistrictView; bodyId: number; year?: number }) {
  const { t } = useI18n();
  const districtId = props.district.id;
  const { bodyId } = props;
  const year = props.year ?? thisYear();
  const body = useLoad(() => api.body(districtId, bodyId), [districtId, bodyId]);
  const history = useLoad(() => selfChecksApi.history(districtId, bodyId), [districtId, bodyId]);
  const loaded = useLoad(() => selfChecksApi.year(districtId, bodyId, year), [districtId, bodyId, year]);
  // The self-check as the last save returned it, once there has been one.
  const [saved, setSaved] = useState<SelfCheck | null>(null);
  const check = saved ?? loaded.data;
  if (!body.data || !check) return <Loading error={body.error ?? loaded.error} />;

  const seat = body.data.my_seat;
  const mayRate = seat?.side === 'labor' || seat?.side === 'management';
  const base = `/districts/${districtId}/bodies/${bodyId}`;
  const years = [...new Set([thisYear(), year, ...(history.data?.items ?? []).map((i) => i.year)])]
    .filter((y) => Number.isInteger(y))
    .sort((a, b) => b - a);
  const onSaved = (next: SelfCheck) => {
    setSaved(next);
    history.reload();
  };

  return (
    <div class="selfcheck-area">
      <p class="crumbs no-print">
        <Link href={base}>{t('selfcheck.backToBody', { body: body.data.name })}</Link>
      </p>
      <PageTitle>{t('selfcheck.title', { year })}</PageTitle>
      <p class="print-only">{body.data.name}</p>
      <p>{t('selfcheck.intro')}</p>
      <nav class="selfcheck-years" aria-label={t('selfcheck.years')}>
        <ul>
          {years.map((y) => (
            <li key={y}>
              <Link href={`${base}/self-check/${y}`} current={y === year}>{String(y)}</Link>
            </li>
          ))}
        </ul>
      </nav>
      {!mayRate && (
        <p class="notice">{seat?.side === 'neutral' ? t('selfcheck.neutralReads') : t('selfcheck.othersRead')}</p>
      )}
      {history.data ? (
        <MaturityPanel year={year} maturity={check.maturity} levels={history.data.levels} />
      ) : (
        <Loading error={history.error} />
      )}
      <section aria-labelledby="structures-title">
        <h2 id="structures-title">{t('selfcheck.structures')}</h2>
        {!check.started && <p>{t('selfcheck.yearNotStarted')}</p>}
        {mayRate ? (
          <>
            <RatingForm districtId={districtId} bodyId={bodyId} year={year} check={check} onSaved={onSaved} />
            {/* What a printout shows instead of the form. */}
            <div class="print-only">
              <RatingList check={check} />
            </div>
          </>
        ) : (
          <RatingList check={check} />
        )}
      </section>
      <section aria-labelledby="history-title">
        <h2 id="history-title">{t('selfcheck.historyTitle')}</h2>
        {history.data ? <History districtId={districtId} bodyId={bodyId} history={history.data} /> : <Loading error={history.error} />}
      </section>
      <p class="no-print">
        <button type="button" class="secondary" onClick={() => window.print()}>{t('selfcheck.print')}</button>
      </p>
    </div>
  );
}

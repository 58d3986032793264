import type { SelfCheckHistory, SelfCheckSummary } from '../api/selfchecks';
import { useI18n } from '../i18n/i18n';
import { Link, TableScroll } from '../ui/components';
import { named } from './text';

const structureCount = (item: SelfCheckSummary) => Object.values(item.counts).reduce((a, b) => a + b, 0);

// The maturity level of every year rated, as a bar chart (an image with a title and a description
// that states every value) and as a table with the same data.
export function History(props: { districtId: number; bodyId: number; history: SelfCheckHistory }) {
  const { t, locale } = useI18n();
  const { items } = props.history;
  if (items.length === 0) return <p>{t('selfcheck.historyNone')}</p>;
  const base = `/districts/${props.districtId}/bodies/${props.bodyId}/self-check`;
  return (
    <>
      <Chart history={props.history} />
      <TableScroll label={t('selfcheck.tableCaption')}>
        <table class="selfcheck-history">
          <caption class="visually-hidden">{t('selfcheck.tableCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('selfcheck.year')}</th>
              <th scope="col">{t('selfcheck.level')}</th>
              <th scope="col">{t('selfcheck.implementedCount')}</th>
              <th scope="col">{t('selfcheck.ratedCount')}</th>
            </tr>
          </thead>
          <tbody>
            {[...items].reverse().map((i) => {
              const total = structureCount(i);
              return (
                <tr key={i.year}>
                  <th scope="row"><Link href={`${base}/${i.year}`}>{String(i.year)}</Link></th>
                  <td>{t('selfcheck.levelCell', { level: i.maturity.level, name: named(i.maturity, locale) })}</td>
                  <td>{t('selfcheck.ofTen', { count: i.counts.implemented, total })}</td>
                  <td>{t('selfcheck.ofTen', { count: i.rated, total })}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </TableScroll>
    </>
  );
}

// Geometry of the chart, in SVG units: the plot sits right of the level labels and above the years.
// A year's slot narrows as years are added, so a few years still fill a reasonable width.
const plotWidth = 440;
const left = 36;
const top = 16;
const plotHeight = 150;
const bottom = 28;
const maxLevel = 5;

function Chart(props: { history: SelfCheckHistory }) {
  const { t, locale } = useI18n();
  const { items } = props.history;
  const slot = Math.max(44, Math.min(110, plotWidth / items.length));
  const bar = Math.min(slot - 16, 64);
  const width = left + slot * items.length + 8;
  const height = top + plotHeight + bottom;
  const y = (level: number) => top + plotHeight - (plotHeight * level) / maxLevel;
  const summary = items
    .map((i) => t('selfcheck.chartItem', { year: i.year, level: i.maturity.level, name: named(i.maturity, locale) }))
    .join('; ');
  return (
    <figure class="selfcheck-chart">
      <svg role="img" aria-labelledby="history-chart-title history-chart-desc" viewBox={`0 0 ${width} ${height}`}
        width={width} height={height} preserveAspectRatio="xMinYMin meet">
        <title id="history-chart-title">{t('selfcheck.chartTitle')}</title>
        <desc id="history-chart-desc">{t('selfcheck.chartDescription', { summary })}</desc>
        {[1, 2, 3, 4, 5].map((level) => (
          <g key={level} class="chart-grid">
            <line x1={left} x2={width - 4} y1={y(level)} y2={y(level)} />
            <text x={left - 8} y={y(level) + 4} text-anchor="end">{String(level)}</text>
          </g>
        ))}
        <line class="chart-axis" x1={left} x2={width - 4} y1={y(0)} y2={y(0)} />
        {items.map((i, n) => {
          const x = left + n * slot + (slot - bar) / 2;
          const level = i.maturity.level;
          return (
            <g key={i.year} class="chart-bar">
              <rect x={x} y={y(level)} width={bar} height={y(0) - y(level)} />
              <text class="chart-value" x={x + bar / 2} y={y(level) + 16} text-anchor="middle">{String(level)}</text>
              <text class="chart-year" x={x + bar / 2} y={y(0) + 18} text-anchor="middle">{String(i.year)}</text>
            </g>
          );
        })}
      </svg>
    </figure>
  );
}

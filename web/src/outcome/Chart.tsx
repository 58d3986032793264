import type { Plugin } from 'chart.js';
import { useEffect, useId, useRef } from 'preact/hooks';
import type { Metric, MetricSeries } from '../api/outcomes';
import type { MessageKey } from '../i18n/en';
import { useI18n, type Translate } from '../i18n/i18n';
import './messages';
import { Chart, ChartLegend, fixedDigits, inkColour, lineStyle, mutedColour, niceStep } from '../ui/chart';
import { formatList, formatPercent } from '../i18n/format';

export interface Marker {
  position: number; // on the axis, in year indexes (fractional between two years)
  number: number; // as the list under the chart numbers it
  label: string;
}

// The years on the time axis: every year from the first value to the last, so that a year with no
// value at all is a gap, not a year left out.
export function axisYears(data: MetricSeries): number[] {
  if (data.years.length === 0) return [];
  const first = data.years[0];
  const last = data.years[data.years.length - 1];
  return Array.from({ length: Math.min(last - first, 40) + 1 }, (_, i) => first + i);
}

// Where an event falls on an axis of school years, or null when its school year is not one of the
// axis's: only what happened within the years of the figures is marked. A year's value is taken in
// its spring, so an event is placed by its month between two years, and within the first and last
// year's own school year it is placed at that year.
export function markerPosition(years: number[], schoolYear: number, date: string): number | null {
  if (years.length === 0 || schoolYear < years[0] || schoolYear > years[years.length - 1]) return null;
  const d = new Date(`${date}T00:00:00Z`);
  const at = d.getUTCFullYear() + (d.getUTCMonth() - 4) / 12; // May of a year = that year's value
  return Math.min(Math.max(at - years[0], 0), years.length - 1);
}

// One way to write a metric's numbers wherever they show: a percentage with one decimal, a count
// whole, any other number with the decimals its values need (at most two).
export function metricFormat(metric: Pick<Metric, 'unit'>, locale: string, values: number[]) {
  const decimals = (v: number) => (String(Number(v.toFixed(2))).split('.')[1] ?? '').length;
  const digits = metric.unit === 'percent' ? 1 : metric.unit === 'count' ? 0 : Math.max(0, ...values.map(decimals));
  const number = fixedDigits(locale, digits);
  return { number, value: metric.unit === 'percent' ? (v: number) => formatPercent(v, locale) : number };
}

// The value axis fitted to the data, on round steps. Zero is on the axis when the lowest value is
// nearer to zero than the values are to each other (lowest ≤ highest − lowest): then the distance
// from zero is part of what the values say (a handful of grievances, a small percentage). Otherwise
// the axis starts a little below the lowest value, so that a change of a few points shows.
// Percentages stay within 0–100, counts at 0 or above and on whole steps.
export function valueAxis(values: number[], unit: Metric['unit']) {
  let low = values.length ? Math.min(...values) : 0;
  let high = values.length ? Math.max(...values) : 1;
  const withZero = low >= 0 && low <= high - low;
  if (withZero) low = 0;
  if (high <= 0 && -high <= high - low) high = 0;
  const spread = high - low || Math.max(Math.abs(high) / 10, 1);
  let step = niceStep(spread / 5);
  if (unit === 'count') step = Math.max(1, Math.round(step));
  let min = withZero ? 0 : Math.floor((low - spread / 20) / step) * step;
  let max = Math.ceil((high + spread / 20) / step) * step;
  if (unit !== 'number') min = Math.max(min, 0);
  if (unit === 'percent') max = Math.min(max, 100);
  if (max <= min) max = min + step;
  return { min, max, step };
}

export const unitTitle = (unit: Metric['unit'], t: Translate) => t(`outcome.unit.${unit}` as MessageKey);

interface MarkerState {
  markers: Marker[];
  hovered: number | null; // index in markers
  focused: number | null;
}
const markerStates = new WeakMap<Chart, MarkerState>();

const kBadge = 9; // radius of a marker's numbered badge, in pixels

// The partnership's events as dashed vertical lines, each with its number in a badge above the
// plot; the one under the pointer, or focused in the list under the chart, also with its full label.
const markerPlugin: Plugin<'line'> = {
  id: 'eventMarkers',
  afterEvent(chart, args) {
    const state = markerStates.get(chart);
    if (!state) return;
    const e = args.event;
    let hovered: number | null = null;
    if (e.type !== 'mouseout' && e.x !== null && e.y !== null) {
      let nearest = 8;
      state.markers.forEach((m, i) => {
        const distance = Math.abs(chart.scales.x.getPixelForValue(m.position) - e.x!);
        if (distance <= nearest && e.y! >= chart.chartArea.top - 2 * kBadge - 4 && e.y! <= chart.chartArea.bottom) {
          nearest = distance;
          hovered = i;
        }
      });
    }
    if (hovered !== state.hovered) {
      state.hovered = hovered;
      args.changed = true;
    }
    // A marker's label is shown alone: no year's values beside it, no point picked out.
    if (hovered !== null) {
      chart.setActiveElements([]);
      chart.tooltip?.setActiveElements([], { x: 0, y: 0 });
    }
  },
  afterDatasetsDraw(chart) {
    const state = markerStates.get(chart);
    if (!state || state.markers.length === 0) return;
    const { ctx, chartArea, scales } = chart;
    const active = state.hovered ?? state.focused;
    ctx.save();
    ctx.font = `600 12px ${Chart.defaults.font.family}`;
    ctx.textAlign = 'center';
    ctx.textBaseline = 'middle';
    let previous = -Infinity;
    let row = 0;
    state.markers.forEach((m, i) => {
      const x = scales.x.getPixelForValue(m.position);
      ctx.strokeStyle = i === active ? inkColour : mutedColour;
      ctx.lineWidth = i === active ? 2.5 : 1.5;
      ctx.setLineDash([4, 3]);
      ctx.beginPath();
      ctx.moveTo(x, chartArea.top);
      ctx.lineTo(x, chartArea.bottom);
      ctx.stroke();
      // Badges that would touch go up a row, and back down when there is room again.
      row = x - previous < 2 * kBadge + 2 ? (row + 1) % 2 : 0;
      previous = x;
      const y = chartArea.top - kBadge - 3 - row * (2 * kBadge + 2);
      ctx.setLineDash([]);
      ctx.fillStyle = i === active ? '#0b5cad' : inkColour;
      ctx.beginPath();
      ctx.arc(x, y, kBadge, 0, 2 * Math.PI);
      ctx.fill();
      ctx.fillStyle = '#ffffff';
      ctx.fillText(String(m.number), x, y + 0.5);
    });
    if (active !== null && state.markers[active]) drawLabel(chart, state.markers[active]);
    ctx.restore();
  },
};

// A marker's full label in a box at the top of the plot, beside its line, wrapped to the plot's width.
function drawLabel(chart: Chart, marker: Marker) {
  const { ctx, chartArea, scales } = chart;
  const x = scales.x.getPixelForValue(marker.position);
  const text = `${marker.number}. ${marker.label}`;
  ctx.font = `13px ${Chart.defaults.font.family}`;
  ctx.textAlign = 'left';
  ctx.textBaseline = 'top';
  const widest = Math.min(chartArea.right - chartArea.left - 12, 320);
  const lines: string[] = [];
  for (const word of text.split(' ')) {
    const last = lines[lines.length - 1];
    const longer = `${last} ${word}`;
    if (last !== undefined && ctx.measureText(longer).width <= widest) lines[lines.length - 1] = longer;
    else lines.push(word);
  }
  const width = Math.min(widest, Math.max(...lines.map((l) => ctx.measureText(l).width))) + 12;
  const height = lines.length * 17 + 8;
  const left = x + 6 + width <= chartArea.right ? x + 6 : Math.max(chartArea.left, x - 6 - width);
  const top = chartArea.top + 6;
  ctx.fillStyle = 'rgba(255, 255, 255, 0.96)';
  ctx.strokeStyle = inkColour;
  ctx.lineWidth = 1;
  ctx.fillRect(left, top, width, height);
  ctx.strokeRect(left, top, width, height);
  ctx.fillStyle = inkColour;
  lines.forEach((line, i) => ctx.fillText(line, left + 6, top + 5 + i * 17, widest));
}

// The years each line lacks a value in, and those that all lines lack.
export function missingYears(data: MetricSeries) {
  const years = axisYears(data);
  const lines = data.series.map((line) => {
    const has = new Set(line.points.filter((p) => p.value !== null).map((p) => p.year));
    return years.filter((y) => !has.has(y));
  });
  const everywhere = years.filter((y) => lines.every((missing) => missing.includes(y)));
  return { years, everywhere, lines: lines.map((missing) => missing.filter((y) => !everywhere.includes(y))) };
}

// Which years have no value, in a sentence or two under the chart.
function GapNote(props: { gaps: ReturnType<typeof missingYears>; lineNames: string[]; id: string }) {
  const { t, locale } = useI18n();
  const { gaps } = props;
  const list = (years: number[]) => formatList(years.map(String), locale);
  const notes: string[] = [];
  if (gaps.everywhere.length > 0) notes.push(t('outcome.gaps.all', { years: list(gaps.everywhere) }));
  gaps.lines.forEach((missing, i) => {
    if (missing.length === 0) return;
    notes.push(missing.length + gaps.everywhere.length === gaps.years.length
      ? t('outcome.gaps.none', { line: props.lineNames[i] })
      : t('outcome.gaps.line', { line: props.lineNames[i], years: list(missing) }));
  });
  if (notes.length === 0) return null;
  return <p class="chart-note" id={props.id}>{notes.join(' ')}</p>;
}

export function LineChart(props: {
  data: MetricSeries;
  markers: Marker[];
  label: string;
  lineNames: string[];
  focusedMarker?: number | null;
}) {
  const { t, locale } = useI18n();
  const canvas = useRef<HTMLCanvasElement>(null);
  const chartRef = useRef<Chart | null>(null);
  const noteId = useId();
  useEffect(() => {
    const { series, metric } = props.data;
    const years = axisYears(props.data);
    const values = series.flatMap((l) => l.points.flatMap((p) => (p.value === null ? [] : [p.value])));
    const format = metricFormat(metric, locale, values);
    const axis = valueAxis(values, metric.unit);
    const compact = (canvas.current?.parentElement?.clientWidth ?? 800) < 500;
    const chart = new Chart(canvas.current!, {
      type: 'line',
      data: {
        labels: years.map(String),
        datasets: series.map((line, i) => {
          const byYear = new Map(line.points.map((p) => [p.year, p.value]));
          const style = lineStyle(i);
          return {
            label: props.lineNames[i],
            // A missing value is a gap (null), never 0, and the line is not drawn across it.
            data: years.map((y) => byYear.get(y) ?? null),
            borderColor: style.colour,
            backgroundColor: style.colour,
            borderDash: style.dash,
            borderWidth: 2.5,
            pointStyle: style.point,
            pointRadius: compact ? 3.5 : 4.5,
            pointHoverRadius: 6,
            pointBorderWidth: 2,
            spanGaps: false,
            tension: 0,
          };
        }),
      },
      options: {
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        // Room above the plot for the markers' badges, in two rows when there are several.
        layout: { padding: { top: [8, 2 * kBadge + 8][props.markers.length] ?? 4 * kBadge + 10, right: 8 } },
        interaction: { mode: 'index', intersect: false },
        scales: {
          x: {
            title: { display: true, text: t('outcome.year'), font: { size: 13, weight: 600 } },
            ticks: { autoSkip: true, maxRotation: 0, font: { size: compact ? 12 : 13 } },
            grid: { display: false },
          },
          y: {
            min: axis.min,
            max: axis.max,
            title: { display: true, text: unitTitle(metric.unit, t), font: { size: 13, weight: 600 } },
            ticks: {
              stepSize: axis.step, font: { size: compact ? 12 : 13 }, callback: (v) => format.number(Number(v)),
            },
          },
        },
        plugins: {
          tooltip: {
            filter: (item) => item.raw !== null,
            titleFont: { size: 13 },
            bodyFont: { size: 13 },
            callbacks: { label: (item) => `${item.dataset.label}: ${format.value(Number(item.raw))}` },
          },
        },
      },
      plugins: [markerPlugin],
    });
    markerStates.set(chart, { markers: props.markers, hovered: null, focused: props.focusedMarker ?? null });
    chart.draw();
    chartRef.current = chart;
    const resize = () => chart.resize();
    window.addEventListener('beforeprint', resize);
    return () => {
      window.removeEventListener('beforeprint', resize);
      chart.destroy();
      chartRef.current = null;
    };
  }, [props.data, props.markers, props.lineNames.join('|'), locale]);
  useEffect(() => {
    const chart = chartRef.current;
    const state = chart && markerStates.get(chart);
    if (!chart || !state) return;
    state.focused = props.focusedMarker ?? null;
    chart.draw();
  }, [props.focusedMarker]);
  const gaps = missingYears(props.data);
  const hasGaps = gaps.everywhere.length > 0 || gaps.lines.some((l) => l.length > 0);
  return (
    <>
      <div class="outcome-chart">
        <canvas ref={canvas} role="img" aria-label={props.label} aria-describedby={hasGaps ? noteId : undefined} />
      </div>
      <ChartLegend names={props.lineNames} />
      <GapNote gaps={gaps} lineNames={props.lineNames} id={noteId} />
    </>
  );
}

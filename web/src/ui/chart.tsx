import {
  CategoryScale, Chart, LinearScale, LineController, LineElement, PointElement, ScatterController, Tooltip,
  type PointStyle,
} from 'chart.js';
import './chart.css';
import { formatFixed } from '../i18n/format';

// Only what the interface's line and scatter charts use, so the rest of Chart.js stays out of the
// bundle. The legend is the page's own (ChartLegend), so that it wraps and reads as text.
Chart.register(LineController, ScatterController, LineElement, PointElement, LinearScale, CategoryScale, Tooltip);
Chart.defaults.font.family = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';
Chart.defaults.font.size = 13;
Chart.defaults.color = '#1b1f24';
Chart.defaults.borderColor = '#dde2e7';

export { Chart };

export const inkColour = '#1b1f24';
export const mutedColour = '#4a5561';

// Okabe and Ito's colours for colour-blind readers, in their order, with orange, sky blue and yellow
// darkened so that every line has 3:1 against the white page. A line is also told apart by its dash
// and its point shape, so that eight lines stay distinct in grey print.
const colours = ['#0072B2', '#000000', '#D55E00', '#009E73', '#CC79A7', '#B07800', '#2F86BF', '#8F7A00'];
const dashes = [[], [8, 4], [2, 3], [12, 4, 2, 4], [5, 5], [16, 6], [2, 7], [8, 3, 2, 3, 2, 3]];
const points: PointStyle[] = ['circle', 'rect', 'triangle', 'rectRot', 'crossRot', 'star', 'rectRounded', 'cross'];

export interface LineStyle {
  colour: string;
  dash: number[];
  point: PointStyle;
}

export const lineStyle = (i: number): LineStyle => ({
  colour: colours[i % colours.length],
  dash: dashes[i % dashes.length],
  point: points[i % points.length],
});

// The point shapes as Chart.js draws them, for the legend.
function Shape(props: { point: PointStyle; colour: string }) {
  const { point, colour } = props;
  const stroke = { stroke: colour, 'stroke-width': 2, fill: 'none' };
  switch (point) {
    case 'rect': return <rect x={14} y={3} width={8} height={8} fill={colour} />;
    case 'rectRounded': return <rect x={14} y={3} width={8} height={8} rx={2.5} fill={colour} />;
    case 'triangle': return <path d="M18 2 L23 11.5 H13 Z" fill={colour} />;
    case 'rectRot': return <path d="M18 1.5 L23.5 7 L18 12.5 L12.5 7 Z" fill={colour} />;
    case 'crossRot': return <path d="M14 3 L22 11 M22 3 L14 11" {...stroke} />;
    case 'cross': return <path d="M18 2 V12 M13 7 H23" {...stroke} />;
    case 'star': return <path d="M18 2 V12 M13 7 H23 M14.5 3.5 L21.5 10.5 M21.5 3.5 L14.5 10.5" {...stroke} />;
    default: return <circle cx={18} cy={7} r={4.5} fill={colour} />;
  }
}

// The chart's lines by name, each with a sample of its colour, dash and point shape. Its text is
// the page's, so it wraps on a phone and grows with the reader's text size.
export function ChartLegend(props: { names: string[] }) {
  return (
    <ul class="chart-legend">
      {props.names.map((name, i) => {
        const s = lineStyle(i);
        return (
          <li key={`${i}-${name}`}>
            <svg width="36" height="14" viewBox="0 0 36 14" aria-hidden="true" focusable="false">
              <line x1={0} y1={7} x2={36} y2={7} stroke={s.colour} stroke-width={2.5}
                stroke-dasharray={s.dash.length ? s.dash.join(' ') : undefined} />
              <Shape point={s.point} colour={s.colour} />
            </svg>
            {name}
          </li>
        );
      })}
    </ul>
  );
}

// Numbers written in the reader's language with a fixed number of decimals, the same on an axis, in
// a tooltip, in a table and in a sentence.
export function fixedDigits(locale: string, digits: number) {
  return (value: number) => formatFixed(value, digits, locale);
}

// A round step (1, 2 or 5 times a power of ten) near `rough`.
export function niceStep(rough: number) {
  const power = 10 ** Math.floor(Math.log10(rough));
  const fraction = rough / power;
  return (fraction < 1.5 ? 1 : fraction < 3.5 ? 2 : fraction < 7.5 ? 5 : 10) * power;
}

import {
  CategoryScale, Chart, Legend, LinearScale, LineController, LineElement, PointElement, Tooltip, type Plugin,
} from 'chart.js';
import { useEffect, useRef } from 'preact/hooks';
import type { MetricSeries } from '../api/outcomes';

// Only what the line chart uses, so the rest of Chart.js stays out of the bundle.
Chart.register(LineController, LineElement, PointElement, LinearScale, CategoryScale, Legend, Tooltip);

const colors = ['#0b5cad', '#4a5561', '#8a3b00', '#0b5c3a', '#6a1b9a', '#a4161a', '#005f73'];

export interface Marker {
  position: number; // on the axis, in year indexes (fractional between two years)
  label: string;
}

// Where a date falls on an axis of school years (a year's value is taken in its spring):
// a fractional index between the years shown, or null outside them.
export function markerPosition(years: number[], date: string): number | null {
  const d = new Date(`${date}T00:00:00Z`);
  const at = d.getUTCFullYear() + (d.getUTCMonth() - 4) / 12; // May of a year = that year's value
  if (years.length === 0) return null;
  if (years.length === 1) return Math.abs(at - years[0]) <= 1 ? 0 : null;
  if (at < years[0] - 0.5 || at > years[years.length - 1] + 0.5) return null;
  for (let i = 0; i < years.length - 1; i++) {
    if (at <= years[i + 1]) return i + (at - years[i]) / (years[i + 1] - years[i]);
  }
  return years.length - 1 + (at - years[years.length - 1]);
}

// Vertical lines with their labels for the partnership's events.
const markers: Plugin<'line', { markers: Marker[] }> = {
  id: 'eventMarkers',
  afterDatasetsDraw(chart, _args, options) {
    const { ctx, chartArea, scales } = chart;
    const x = scales.x;
    ctx.save();
    ctx.font = '12px system-ui, sans-serif';
    ctx.fillStyle = '#1b1f24';
    ctx.strokeStyle = '#8a3b00';
    ctx.setLineDash([4, 3]);
    ctx.lineWidth = 1.5;
    (options.markers ?? []).forEach((m, i) => {
      const px = x.getPixelForValue(m.position);
      if (px < chartArea.left - 1 || px > chartArea.right + 1) return;
      ctx.beginPath();
      ctx.moveTo(px, chartArea.top);
      ctx.lineTo(px, chartArea.bottom);
      ctx.stroke();
      const text = m.label.length > 28 ? `${m.label.slice(0, 27)}…` : m.label;
      const width = ctx.measureText(text).width;
      const left = Math.min(px + 3, chartArea.right - width);
      ctx.fillText(text, left, chartArea.top + 12 + (i % 4) * 14);
    });
    ctx.restore();
  },
};

// The years on the time axis: every year from the first value to the last value or event, so
// that the partnership's events after the last value still show.
export function axisYears(data: MetricSeries): number[] {
  if (data.years.length === 0) return [];
  const first = data.years[0];
  const last = Math.max(data.years[data.years.length - 1], ...data.events.map((e) => e.school_year));
  return Array.from({ length: Math.min(last - first, 40) + 1 }, (_, i) => first + i);
}

export function LineChart(props: { data: MetricSeries; markers: Marker[]; label: string; lineNames: string[] }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    const { series, metric } = props.data;
    const years = axisYears(props.data);
    const chart = new Chart(canvas.current!, {
      type: 'line',
      data: {
        labels: years.map(String),
        datasets: series.map((line, i) => {
          const byYear = new Map(line.points.map((p) => [p.year, p.value]));
          return {
            label: props.lineNames[i],
            // A missing value is a gap (null), never 0.
            data: years.map((y) => byYear.get(y) ?? null),
            borderColor: colors[i % colors.length],
            backgroundColor: colors[i % colors.length],
            borderDash: line.scope === 'state' ? [6, 4] : [],
            spanGaps: false,
            tension: 0,
          };
        }),
      },
      options: {
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        scales: {
          y: metric.unit === 'percent' ? { min: 0, max: 100 } : { beginAtZero: true },
        },
        plugins: { eventMarkers: { markers: props.markers } } as never,
      },
      plugins: [markers],
    });
    const resize = () => chart.resize();
    window.addEventListener('beforeprint', resize);
    return () => {
      window.removeEventListener('beforeprint', resize);
      chart.destroy();
    };
  }, [props.data, props.markers, props.lineNames.join('|')]);
  return (
    <div class="outcome-chart">
      <canvas ref={canvas} role="img" aria-label={props.label} />
    </div>
  );
}

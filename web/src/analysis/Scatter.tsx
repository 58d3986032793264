import type { Plugin } from 'chart.js';
import { useEffect, useRef } from 'preact/hooks';
import type { AnalysisSchool } from '../api/analysis';
import { Chart, inkColour, lineStyle, mutedColour, niceStep } from '../ui/chart';

export interface Point {
  x: number;
  y: number;
  name: string;
}

// The schools with both a growth and a partnership score: those a dot can stand for.
export function schoolPoints(schools: AnalysisSchool[]): Point[] {
  return schools.flatMap((s) =>
    s.growth === null || s.partnership_score === null ? [] : [{ x: s.partnership_score, y: s.growth, name: s.name }]);
}

// The straight line nearest to the points by least squares (y = intercept + slope × x), or null when
// fewer than two points differ in x.
export function leastSquares(points: Point[]) {
  const n = points.length;
  if (n < 2) return null;
  const meanX = points.reduce((sum, p) => sum + p.x, 0) / n;
  const meanY = points.reduce((sum, p) => sum + p.y, 0) / n;
  let sxx = 0;
  let sxy = 0;
  for (const p of points) {
    sxx += (p.x - meanX) ** 2;
    sxy += (p.x - meanX) * (p.y - meanY);
  }
  if (sxx === 0) return null;
  const slope = sxy / sxx;
  return { slope, intercept: meanY - slope * meanX };
}

// The growth axis always holds zero, where a school neither gained nor lost, drawn darker than the
// other grid lines; beyond it, round steps just past the values.
function growthAxis(values: number[]) {
  const low = Math.min(0, ...values);
  const high = Math.max(0, ...values);
  const spread = high - low || 1;
  const step = niceStep(spread / 5);
  return {
    min: low < 0 ? Math.floor((low - spread / 20) / step) * step : 0,
    max: high > 0 ? Math.ceil((high + spread / 20) / step) * step : 0,
    step,
  };
}

// The schools' names beside their dots, when there is room for them.
const namePlugin: Plugin<'scatter'> = {
  id: 'schoolNames',
  afterDatasetsDraw(chart) {
    const { ctx, chartArea } = chart;
    const meta = chart.getDatasetMeta(0);
    const data = chart.data.datasets[0].data as unknown as Point[];
    if (chart.width < 480 || data.length > 10) return;
    ctx.save();
    ctx.font = `12px ${Chart.defaults.font.family}`;
    ctx.fillStyle = inkColour;
    ctx.textBaseline = 'middle';
    meta.data.forEach((element, i) => {
      const width = ctx.measureText(data[i].name).width;
      const right = element.x + 9 + width <= chartArea.right;
      ctx.textAlign = right ? 'left' : 'right';
      ctx.fillText(data[i].name, right ? element.x + 9 : element.x - 9, element.y);
    });
    ctx.restore();
  },
};

export function GrowthScatter(props: {
  points: Point[];
  fit: { slope: number; intercept: number } | null;
  label: string;
  describedBy: string;
  xTitle: string;
  yTitle: string[]; // in lines, which a narrow chart shows one under the other
  lineName: string;
  score: (v: number) => string;
  growth: (v: number) => string;
  pointText: (p: Point) => string;
}) {
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    const { points, fit } = props;
    const y = growthAxis(points.map((p) => p.y));
    const compact = (canvas.current?.parentElement?.clientWidth ?? 800) < 500;
    const dots = lineStyle(0);
    const chart = new Chart(canvas.current!, {
      type: 'scatter',
      data: {
        datasets: [
          {
            label: props.label,
            data: points,
            backgroundColor: dots.colour,
            borderColor: dots.colour,
            pointRadius: compact ? 5 : 6,
            pointHoverRadius: 8,
          },
          ...(fit
            ? [{
              label: props.lineName,
              // Across the schools' scores only: what the line says beyond them is not known.
              data: [Math.min(...points.map((p) => p.x)), Math.max(...points.map((p) => p.x))]
                .map((x) => ({ x, y: fit.intercept + fit.slope * x, name: '' })),
              showLine: true,
              borderColor: lineStyle(2).colour,
              borderWidth: 2.5,
              borderDash: [8, 4],
              pointRadius: 0,
              pointHoverRadius: 0,
            }]
            : []),
        ],
      },
      options: {
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        layout: { padding: { top: 8, right: 12 } },
        scales: {
          x: {
            type: 'linear',
            min: 1,
            max: 5,
            title: { display: true, text: props.xTitle, font: { size: 13, weight: 600 } },
            ticks: {
              stepSize: compact ? 1 : 0.5, font: { size: compact ? 12 : 13 }, callback: (v) => props.score(Number(v)),
            },
          },
          y: {
            min: y.min,
            max: y.max,
            title: {
              display: true, text: compact ? props.yTitle : props.yTitle.join(' '), font: { size: 13, weight: 600 },
            },
            ticks: { stepSize: y.step, font: { size: compact ? 12 : 13 }, callback: (v) => props.growth(Number(v)) },
            grid: {
              color: (c) => (c.tick?.value === 0 ? mutedColour : '#dde2e7'),
              lineWidth: (c) => (c.tick?.value === 0 ? 1.5 : 1),
            },
          },
        },
        plugins: {
          tooltip: {
            filter: (item) => item.datasetIndex === 0,
            titleFont: { size: 13 },
            bodyFont: { size: 13 },
            callbacks: { title: () => '', label: (item) => props.pointText(item.raw as Point) },
          },
        },
      },
      plugins: [namePlugin as unknown as Plugin<'scatter'>],
    });
    const resize = () => chart.resize();
    window.addEventListener('beforeprint', resize);
    return () => {
      window.removeEventListener('beforeprint', resize);
      chart.destroy();
    };
  }, [props.points, props.fit, props.label, props.xTitle, props.yTitle.join(' ')]);
  return (
    <div class="analysis-chart">
      <canvas ref={canvas} role="img" aria-label={props.label} aria-describedby={props.describedBy} />
    </div>
  );
}

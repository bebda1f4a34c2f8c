// Figures followed across time: one Chart.js dataset per figure timeline, x = publication time.
// The x axis is linear over epoch milliseconds with ticks formatted here, so Chart.js needs no
// date adapter (one vendor file fewer). The same points are listed in a table for reading.
import type { Comparison, FigurePoint, FigureTimeline } from './api-types.js';
import { appLink, el, list, note, scrollingTable, userText } from './dom.js';
import { dated, dayFromMs } from './format.js';

const palette = ['#1f77b4', '#d62728', '#2ca02c', '#9467bd', '#ff7f0e', '#17becf', '#8c564b', '#e377c2', '#7f7f7f', '#bcbd22'];

interface ChartPoint { x: number; y: number; outlet: string; text: string; sayer: string | null; stale: boolean }

function chartPoints(t: FigureTimeline): ChartPoint[] {
  const out: ChartPoint[] = [];
  for (const p of list(t.points)) {
    const x = p.publishedAt ? Date.parse(p.publishedAt) : Number.NaN;
    const y = Number(p.value);
    if (Number.isFinite(x) && Number.isFinite(y)) out.push({ x, y, outlet: p.outlet, text: p.text, sayer: p.sayer ?? null, stale: Boolean(p.stale) });
  }
  return out.sort((a, b) => a.x - b.x);
}

function pointsTable(timelines: FigureTimeline[]): HTMLElement {
  const rows = timelines.flatMap((t) =>
    list(t.points).map((p: FigurePoint) =>
      el('tr', { class: p.stale ? 'stale' : '' }, userText('td', t.label), el('td', { class: 'nowrap' }, dated(p.publishedAt, p.dateEstimated)), el('td', {}, appLink('/articles/', p.articleId, p.outlet)), userText('td', p.text), userText('td', p.sayer ?? ''), el('td', {}, p.stale ? 'stale' : '')),
    ),
  );
  return el('details', { class: 'figures-data' }, el('summary', {}, 'Figures as a table'), scrollingTable(['Figure', 'Date', 'Outlet', 'As reported', 'Given by', ''], rows));
}

const dayMs = 86_400_000;

/**
 * A linear x axis over epoch ms whose ticks fall on UTC midnights (a whole number of days
 * apart), so no two ticks print the same day; spans under two days show hours instead.
 */
function timeAxis(xs: number[]): Record<string, unknown> {
  const lo = Math.min(...xs);
  const hi = Math.max(...xs);
  if (hi - lo < 2 * dayMs) {
    const pad = Math.max((hi - lo) * 0.1, 3_600_000);
    return { type: 'linear', min: lo - pad, max: hi + pad, ticks: { callback: (v: number) => new Date(v).toISOString().slice(0, 16).replace('T', ' '), maxRotation: 0, autoSkipPadding: 20 } };
  }
  const min = Math.floor(lo / dayMs) * dayMs;
  const max = Math.ceil(hi / dayMs) * dayMs;
  const step = Math.max(1, Math.ceil((max - min) / dayMs / 8)) * dayMs;
  return { type: 'linear', min, max: min + Math.ceil((max - min) / step) * step, ticks: { stepSize: step, callback: (v: number) => dayFromMs(v), maxRotation: 0 } };
}

/** The chart section; returns the element and a dispose function for when it is replaced. */
export function figuresChart(c: Comparison): { element: HTMLElement; dispose: () => void } {
  const timelines = list(c.figureTimelines);
  const datasets = timelines
    .map((t, i) => ({ t, color: palette[i % palette.length] ?? '#333', data: chartPoints(t) }))
    .filter((d) => d.data.length)
    .map(({ t, color, data }) => ({
      label: t.label,
      data,
      showLine: true,
      borderColor: color,
      backgroundColor: color,
      // A stale figure (a newer one was already out) is drawn as a cross.
      pointStyle: data.map((p) => (p.stale ? 'crossRot' : 'circle')),
      pointRadius: data.map((p) => (p.stale ? 7 : 4)),
    }));
  if (!datasets.length) return { element: note('No figure was reported on more than one date.'), dispose: () => {} };

  const canvas = el('canvas', { class: 'figures-canvas', role: 'img', 'aria-label': `Chart of ${datasets.length} figures over time` });
  const values = datasets.flatMap((d) => d.data.map((p) => p.y)).filter((v) => v > 0);
  // Figures of very different sizes (40 dead, 12,000 displaced) flatten each other on a linear axis.
  const logByDefault = values.length > 1 && Math.max(...values) / Math.min(...values) > 100;
  const logToggle = el('input', { type: 'checkbox', id: `log-${c.id}`, checked: logByDefault });
  const element = el('div', { class: 'figures' }, el('label', { class: 'toggle' }, logToggle, ' Logarithmic scale'), el('div', { class: 'chart-box' }, canvas), pointsTable(timelines));

  const chart = new Chart(canvas, {
    type: 'scatter',
    data: { datasets },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      scales: {
        x: timeAxis(datasets.flatMap((d) => d.data.map((p) => p.x))),
        y: { type: logByDefault ? 'logarithmic' : 'linear' },
      },
      plugins: {
        tooltip: {
          callbacks: {
            title: (items: { raw: ChartPoint }[]) => (items[0] ? dayFromMs(items[0].raw.x) : ''),
            label: (item: { raw: ChartPoint }) => `${item.raw.outlet}: ${item.raw.text}${item.raw.sayer ? ` (${item.raw.sayer})` : ''}${item.raw.stale ? ' (stale)' : ''}`,
          },
        },
      },
    },
  });
  logToggle.addEventListener('change', () => {
    chart.options.scales.y.type = logToggle.checked ? 'logarithmic' : 'linear';
    chart.update();
  });
  return { element, dispose: () => chart.destroy() };
}

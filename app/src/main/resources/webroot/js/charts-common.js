// Chart.js with the dashboard's conventions: numbers in the chosen locale, readable time axes (hours and
// minutes, a limited number of ticks, the full date in the tooltip), no animation.
import { chartLocale, formatClock, formatTime } from './i18n.js';

/** A line chart over time: points [{time, value}] per dataset; returns the Chart (destroy it on leave). */
export function timeChart(canvas, datasets, { yTitle, y2Title } = {}) {
  const times = [...new Set(datasets.flatMap(d => d.points.map(p => p.time)))].sort();
  const index = new Map(times.map((x, i) => [x, i]));
  return new Chart(canvas, {
    type: 'line',
    data: {
      labels: times,
      datasets: datasets.map(d => {
        const values = new Array(times.length).fill(null);
        d.points.forEach(p => { values[index.get(p.time)] = p.value; });
        return { label: d.label, data: values, yAxisID: d.axis ?? 'y', spanGaps: true, pointRadius: 0, borderColor: d.colour,
          backgroundColor: d.colour + '33', fill: d.fill ?? false, borderWidth: 2 };
      }),
    },
    options: {
      animation: false, locale: chartLocale(), maintainAspectRatio: false,
      interaction: { mode: 'index', intersect: false },
      scales: {
        x: { ticks: { autoSkip: true, maxTicksLimit: 8, maxRotation: 0, callback: (v, i) => formatClock(times[i]) } },
        y: { beginAtZero: true, title: { display: !!yTitle, text: yTitle } },
        ...(y2Title ? { y2: { position: 'right', beginAtZero: true, grid: { drawOnChartArea: false }, title: { display: true, text: y2Title } } } : {}),
      },
      plugins: { tooltip: { callbacks: { title: items => formatTime(times[items[0].dataIndex]) } } },
    },
  });
}

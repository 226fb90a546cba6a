// Analytics from time-bucketed queries: energy per day, power over time, utilisation heatmap, per district.
import { api } from '../api.js';
import { h, card, table } from '../dom.js';
import { chartLocale, formatDate, formatNumber, formatPercent, t } from '../i18n.js';
import { timeChart } from '../charts-common.js';
import { optional } from './optional.js';

function barChart(points, label) {
  const canvas = h('canvas', { height: 80, role: 'img', 'aria-label': label });
  queueMicrotask(() => new Chart(canvas, { type: 'bar', data: { labels: points.map(p => p.label),
    datasets: [{ label, data: points.map(p => p.value), backgroundColor: '#00778b88', borderColor: '#00778b' }] },
    options: { animation: false, locale: chartLocale() } }));
  return canvas;
}

function powerChart(items) {
  const canvas = h('canvas', { role: 'img', 'aria-label': t('charts.powerOverTime') });
  queueMicrotask(() => timeChart(canvas, [{ label: 'kW', colour: '#00778b', fill: true, points: items.map(x => ({ time: x.time, value: x.powerKw })) }], { yTitle: 'kW' }));
  return h('div', { class: 'chart-box' }, canvas);
}

function heatmap(cells) {
  const byKey = new Map(cells.map(c => [`${c.weekday}-${c.hour}`, c.utilisation]));
  const hours = [...Array(24).keys()];
  return h('table', { class: 'heatmap', 'data-testid': 'heatmap' },
    h('thead', {}, h('tr', {}, h('th', {}, ''), hours.map(x => h('th', {}, x)))),
    h('tbody', {}, [1, 2, 3, 4, 5, 6, 7].map(d => h('tr', {}, h('th', {}, t('weekday.' + d)), hours.map(x => {
      const u = byKey.get(`${d}-${x}`) ?? 0;
      return h('td', { style: `background: rgba(0,119,139,${Math.min(1, u * 1.5).toFixed(2)})${u > 0.45 ? ';color:#fff' : ''}`, title: formatPercent(u, 0) },
        u ? Math.round(u * 100) : '');
    })))));
}

export async function render(main) {
  const days = 28;
  const util = await api(`/api/charts/utilisation?days=${days}`);
  const districts = (await api(`/api/charts/districts?days=${days}`)).items;
  main.append(
    h('div', { class: 'grid2' },
      card(t('charts.energyPerDay'), await optional(`/api/charts/energy-per-day?days=${days}`,
        r => barChart(r.items.map(x => ({ label: formatDate(x.day), value: x.energyKwh })), 'kWh'))),
      card(t('charts.powerOverTime'), await optional('/api/charts/power?hours=48',
        r => powerChart(r.items)))),
    card(t('charts.heatmap'), heatmap(util.cells)),
    card(t('charts.districts'),
      barChart(districts.map(d => ({ label: d.district ?? '–', value: Math.round(d.utilisation * 1000) / 10 })), `${t('charts.utilisation')} %`),
      table([t('stations.district'), t('overview.total'), t('overview.online'), t('overview.faulted'), t('stations.connectors'), t('charts.utilisation')],
        districts.map(d => ({ cells: [d.district ?? '–', formatNumber(d.stations, 0), formatNumber(d.online, 0), formatNumber(d.faulted, 0),
          formatNumber(d.connectors, 0), formatPercent(d.utilisation)] })))));
}

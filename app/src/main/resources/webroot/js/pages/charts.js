// Analytics from time-bucketed queries: energy per day, power over time, utilisation heatmap, per district.
import { api } from '../api.js';
import { h, card, table } from '../dom.js';
import { t } from '../i18n.js';
import { optional } from './optional.js';

function lineChart(points, label, type = 'bar') {
  const canvas = h('canvas', { height: 80 });
  queueMicrotask(() => new Chart(canvas, { type, data: { labels: points.map(p => p.label),
    datasets: [{ label, data: points.map(p => p.value), backgroundColor: '#00778b88', borderColor: '#00778b' }] },
    options: { animation: false } }));
  return canvas;
}

function heatmap(cells) {
  const byKey = new Map(cells.map(c => [`${c.weekday}-${c.hour}`, c.utilisation]));
  const hours = [...Array(24).keys()];
  return h('table', { class: 'heatmap', 'data-testid': 'heatmap' },
    h('thead', {}, h('tr', {}, h('th', {}, ''), hours.map(x => h('th', {}, x)))),
    h('tbody', {}, [1, 2, 3, 4, 5, 6, 7].map(d => h('tr', {}, h('th', {}, t('weekday.' + d)), hours.map(x => {
      const u = byKey.get(`${d}-${x}`) ?? 0;
      return h('td', { style: `background: rgba(0,119,139,${Math.min(1, u * 1.5).toFixed(2)})`, title: `${Math.round(u * 100)} %` },
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
        r => lineChart(r.items.map(x => ({ label: x.day, value: x.energyKwh })), 'kWh'))),
      card(t('charts.powerOverTime'), await optional('/api/charts/power?hours=48',
        r => lineChart(r.items.map(x => ({ label: x.time.slice(5, 16).replace('T', ' '), value: x.powerKw })), 'kW', 'line')))),
    card(t('charts.heatmap'), heatmap(util.cells)),
    card(t('charts.districts'),
      lineChart(districts.map(d => ({ label: d.district ?? '–', value: Math.round(d.utilisation * 1000) / 10 })), `${t('charts.utilisation')} %`),
      table([t('stations.district'), t('overview.total'), t('overview.online'), t('overview.faulted'), t('stations.connectors'), t('charts.utilisation')],
        districts.map(d => ({ cells: [d.district ?? '–', d.stations, d.online, d.faulted, d.connectors, `${(d.utilisation * 100).toFixed(1)} %`] })))));
}

// Overview, map first: stations on a map coloured by state beside the figure tiles and the last 24 hours of
// network power; refreshed whenever a live event arrives. A station dot opens the station's page.
import { all, api } from '../api.js';
import { h, card } from '../dom.js';
import { onEvent } from '../events.js';
import { formatNumber, formatTime, label, t } from '../i18n.js';
import { timeChart } from '../charts-common.js';
import { stationMap } from '../map.js';

function tile(key, value, cls, testid) {
  return h('div', { class: `tile ${cls ?? ''}`, 'data-testid': testid },
    h('div', { class: 'value' }, value), h('div', { class: 'label' }, t(key)));
}

export async function render(main, _, { settings }) {
  const tiles = h('div', { class: 'tiles', 'data-testid': 'overview-tiles' });
  const recent = h('ul', { 'data-testid': 'recent-events', class: 'events' });
  const canvas = h('canvas', { role: 'img', 'aria-label': t('overview.power24h') });
  const map = await stationMap(settings);
  // compression, retention, aggregate refresh: a job without success within twice its interval (/health/ready)
  const maintenance = h('p', { class: 'maintenance-late', role: 'alert', 'data-testid': 'maintenance-late', hidden: true });
  main.append(maintenance, h('div', { class: 'overview' },
    card(t('overview.map'), map.el, h('p', { class: 'muted small' }, settings?.mapTileUrl ? '' : t('overview.mapOffline'))),
    h('div', { class: 'stack' }, tiles,
      card(t('overview.power24h'), h('div', { class: 'chart-box' }, canvas)),
      card(t('overview.recent'), recent))));
  let chart = null;
  async function drawChart() {
    try {
      const power = await api('/api/charts/power?hours=24');
      chart?.destroy();
      chart = timeChart(canvas, [{ label: 'kW', colour: '#00778b', fill: true, points: power.items.map(p => ({ time: p.time, value: p.powerKw })) }],
        { yTitle: 'kW' });
    } catch (err) {
      canvas.replaceWith(h('p', { class: 'error' }, `${t('common.error')}: ${err.message}`));
    }
  }
  async function refresh() {
    const summary = await api('/api/dashboard/summary');
    const s = summary.stations;
    const energy = summary.energy ?? {};
    tiles.replaceChildren(
      tile('overview.total', formatNumber(s.total, 0), '', 'tile-total'),
      tile('overview.online', formatNumber(s.online, 0), 'ok', 'tile-online'),
      tile('overview.offline', formatNumber(s.offline, 0), s.offline ? 'warn' : '', 'tile-offline'),
      tile('overview.faulted', formatNumber(s.faulted, 0), s.faulted ? 'bad' : '', 'tile-faulted'),
      tile('overview.inUse', formatNumber(s.inUse, 0), '', 'tile-in-use'),
      tile('overview.activeSessions', formatNumber(summary.activeSessions, 0), '', 'tile-sessions'),
      tile('overview.power', formatNumber(summary.powerKw), '', 'tile-power'),
      tile('overview.energyToday', formatNumber(energy.todayKwh), '', 'tile-energy-today'),
      tile('overview.energyMonth', formatNumber(energy.monthKwh, 0), '', 'tile-energy-month'));
    const late = (await api('/health/ready').catch(() => null))?.maintenance?.late ?? [];
    maintenance.hidden = late.length === 0;
    maintenance.textContent = late.length ? t('overview.maintenanceLate', { jobs: late.join(', ') }) : '';
    const live = await api('/api/dashboard/live-power').catch(() => ({ items: [] }));
    map.update(await all('/api/stations'), new Map(live.items.map(p => [p.stationId, p.powerKw])));
  }
  await refresh();
  await drawChart();
  let pending = null;
  const off = onEvent('*', e => {
    recent.prepend(h('li', {}, `${formatTime(e.time)} · ${e.stationId ?? ''} · ${t('event.' + e.type)} ${e.data?.status ? label('ocppStatus', e.data.status) : ''}`));
    while (recent.children.length > 15) recent.lastChild.remove();
    clearTimeout(pending); // many events at once: one refresh
    pending = setTimeout(refresh, 300);
  });
  const chartTimer = setInterval(drawChart, 5 * 60_000);
  return () => { off(); clearTimeout(pending); clearInterval(chartTimer); chart?.destroy(); map.destroy(); };
}

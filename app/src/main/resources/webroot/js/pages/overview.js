// Overview: stations by state, sessions, power and energy; refreshed whenever a live event arrives.
import { api } from '../api.js';
import { h, card } from '../dom.js';
import { onEvent } from '../events.js';
import { formatNumber, formatTime, t } from '../i18n.js';

function tile(key, value, cls, testid) {
  return h('div', { class: `tile ${cls ?? ''}`, 'data-testid': testid },
    h('div', { class: 'value' }, value), h('div', { class: 'label' }, t(key)));
}

export async function render(main) {
  const tiles = h('div', { class: 'tiles', 'data-testid': 'overview-tiles' });
  const recent = h('ul', { 'data-testid': 'recent-events' });
  // compression, retention, aggregate refresh: a job without success within twice its interval (/health/ready)
  const maintenance = h('p', { class: 'maintenance-late', role: 'alert', 'data-testid': 'maintenance-late', hidden: true });
  main.append(maintenance, tiles, card(t('overview.recent'), recent));
  let pending = null;
  async function refresh() {
    const summary = await api('/api/dashboard/summary');
    const s = summary.stations;
    const energy = summary.energy ?? {};
    tiles.replaceChildren(
      tile('overview.total', s.total, '', 'tile-total'),
      tile('overview.online', s.online, 'ok', 'tile-online'),
      tile('overview.offline', s.offline, s.offline ? 'warn' : '', 'tile-offline'),
      tile('overview.faulted', s.faulted, s.faulted ? 'bad' : '', 'tile-faulted'),
      tile('overview.inUse', s.inUse, '', 'tile-in-use'),
      tile('overview.activeSessions', summary.activeSessions ?? '–', '', 'tile-sessions'),
      tile('overview.power', formatNumber(summary.powerKw), '', 'tile-power'),
      tile('overview.energyToday', formatNumber(energy.todayKwh), '', 'tile-energy-today'),
      tile('overview.energyMonth', formatNumber(energy.monthKwh, 0), '', 'tile-energy-month'));
    const late = (await api('/health/ready').catch(() => null))?.maintenance?.late ?? [];
    maintenance.hidden = late.length === 0;
    maintenance.textContent = late.length ? t('overview.maintenanceLate', { jobs: late.join(', ') }) : '';
  }
  await refresh();
  const off = onEvent('*', e => {
    recent.prepend(h('li', {}, `${formatTime(e.time)} · ${e.stationId ?? ''} · ${e.type} ${e.data?.status ?? ''}`));
    while (recent.children.length > 15) recent.lastChild.remove();
    clearTimeout(pending); // many events at once: one refresh
    pending = setTimeout(refresh, 300);
  });
  return () => { off(); clearTimeout(pending); };
}

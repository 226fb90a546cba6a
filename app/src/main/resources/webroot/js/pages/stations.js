// Stations: a searchable, filterable list and a map of their locations coloured by state, grouped by district.
import { all } from '../api.js';
import { h, card, table } from '../dom.js';
import { onEvent } from '../events.js';
import { formatTime, label, t } from '../i18n.js';
import { stateOf, stationMap } from '../map.js';

export { stateOf };

export async function render(main, _, { settings }) {
  let stations = await all('/api/stations');
  const search = h('input', { type: 'search', placeholder: t('common.search'), 'aria-label': t('common.search'), 'data-testid': 'station-search' });
  const districtSelect = h('select', { 'data-testid': 'district-filter', 'aria-label': t('stations.district') });
  const stateSelect = h('select', { 'data-testid': 'state-filter', 'aria-label': t('stations.status') },
    h('option', { value: '' }, t('common.all')),
    h('option', { value: 'online' }, t('stations.filter.online')),
    h('option', { value: 'offline' }, t('stations.filter.offline')),
    h('option', { value: 'FAULTED' }, t('stations.filter.faulted')));
  const list = h('div');
  const map = await stationMap(settings, t('stations.map'));
  main.append(card(t('nav.stations'), h('div', { class: 'toolbar' }, search, districtSelect, stateSelect), list),
    card(t('stations.map'), map.el));

  function districts() {
    const names = [...new Set(stations.map(s => s.district).filter(Boolean))].sort();
    const current = districtSelect.value;
    districtSelect.replaceChildren(h('option', { value: '' }, `${t('stations.district')}: ${t('common.all')}`),
      ...names.map(n => h('option', { value: n }, n)));
    districtSelect.value = current;
  }

  function draw() {
    const q = search.value.trim().toLowerCase();
    const shown = stations.filter(s => (!q || [s.id, s.district, s.address, s.vendor, s.model].some(v => v && v.toLowerCase().includes(q)))
      && (!districtSelect.value || s.district === districtSelect.value)
      && (!stateSelect.value || stateOf(s) === stateSelect.value || (stateSelect.value === 'online' && s.online)));
    list.replaceChildren(table(
      [t('stations.id'), t('stations.district'), t('stations.status'), t('stations.connectors'), t('stations.protocol'), t('stations.model'), t('stations.lastSeen')],
      shown.map(s => ({
        attrs: { class: 'clickable', 'data-station': s.id, onclick: () => { location.hash = '#/stations/' + encodeURIComponent(s.id); } },
        cells: [h('a', { href: '#/stations/' + encodeURIComponent(s.id) }, s.id), s.district ?? '–', h('span', { class: `badge ${stateOf(s)}` }, t('status.' + stateOf(s))),
          s.connectors.filter(c => c.evseId > 0).map(c => h('span', { class: `badge ${c.status}`, title: c.protocolStatus }, `${c.evseId}: ${label('ocppStatus', c.protocolStatus ?? c.status)} `)),
          s.protocolVersion ?? '–', [s.vendor, s.model].filter(Boolean).join(' / ') || '–', formatTime(s.lastHeartbeatAt ?? s.lastConnectedAt)],
      })), { 'data-testid': 'station-table' }));
    map.update(shown);
  }
  [search, districtSelect, stateSelect].forEach(el => el.addEventListener('input', draw));
  districts();
  draw();
  let pending = null;
  const off = onEvent('*', () => {
    clearTimeout(pending);
    pending = setTimeout(async () => { stations = await all('/api/stations'); districts(); draw(); }, 500);
  });
  return () => { off(); clearTimeout(pending); map.destroy(); };
}

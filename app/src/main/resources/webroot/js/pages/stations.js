// Stations: a searchable, filterable list and a map of their locations coloured by state, grouped by district.
import { all } from '../api.js';
import { h, card, table } from '../dom.js';
import { onEvent } from '../events.js';
import { formatTime, t } from '../i18n.js';

export function stateOf(s) {
  if (!s.online) return 'offline';
  if (s.connectors.some(c => c.status === 'FAULTED')) return 'FAULTED';
  if (s.connectors.some(c => c.evseId > 0 && c.status === 'OCCUPIED')) return 'OCCUPIED';
  return 'online';
}

const COLOURS = { offline: '#c4320a', FAULTED: '#c4320a', OCCUPIED: '#175cd3', online: '#1a7f37' };

export async function render(main) {
  let stations = await all('/api/stations');
  const search = h('input', { type: 'search', 'data-i18n-placeholder': 'common.search', placeholder: t('common.search'), 'data-testid': 'station-search' });
  const districtSelect = h('select', { 'data-testid': 'district-filter' });
  const stateSelect = h('select', { 'data-testid': 'state-filter' },
    h('option', { value: '' }, t('common.all')),
    h('option', { value: 'online' }, t('stations.filter.online')),
    h('option', { value: 'offline' }, t('stations.filter.offline')),
    h('option', { value: 'FAULTED' }, t('stations.filter.faulted')));
  const list = h('div');
  const mapEl = h('div', { id: 'map' });
  main.append(card(t('nav.stations'), h('div', { class: 'toolbar' }, search, districtSelect, stateSelect), list),
    card(t('stations.map'), mapEl));

  const map = window.L ? L.map(mapEl).setView([52.4227, 10.7865], 12) : null; // Wolfsburg
  if (map) L.tileLayer('https://{s}.tile.openstreetmap.org/{z}/{x}/{y}.png', { attribution: '© OpenStreetMap' }).addTo(map);
  const markers = map ? L.layerGroup().addTo(map) : null;

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
        cells: [s.id, s.district ?? '–', h('span', { class: `badge ${stateOf(s)}` }, t('status.' + stateOf(s))),
          s.connectors.filter(c => c.evseId > 0).map(c => h('span', { class: `badge ${c.status}`, title: c.protocolStatus }, `${c.evseId}: ${t('status.' + c.status)} `)),
          s.protocolVersion ?? '–', [s.vendor, s.model].filter(Boolean).join(' / ') || '–', formatTime(s.lastHeartbeatAt ?? s.lastConnectedAt)],
      })), { 'data-testid': 'station-table' }));
    if (markers) {
      markers.clearLayers();
      shown.filter(s => s.latitude != null && s.longitude != null).forEach(s => {
        L.circleMarker([s.latitude, s.longitude], { radius: 7, color: COLOURS[stateOf(s)], fillOpacity: .8 })
          .bindTooltip(`${s.id} · ${s.district ?? ''}`).on('click', () => { location.hash = '#/stations/' + encodeURIComponent(s.id); })
          .addTo(markers);
      });
    }
  }
  [search, districtSelect, stateSelect].forEach(el => el.addEventListener('input', draw));
  districts();
  draw();
  let pending = null;
  const off = onEvent('*', () => {
    clearTimeout(pending);
    pending = setTimeout(async () => { stations = await all('/api/stations'); districts(); draw(); }, 500);
  });
  return () => { off(); clearTimeout(pending); map?.remove(); };
}

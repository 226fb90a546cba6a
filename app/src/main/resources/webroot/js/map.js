// The station map: works offline (an SVG of the shipped district centres on a plain background), or on the
// operator's raster tiles when dashboard.mapTileUrl is set (Leaflet). Stations are dots coloured by state;
// a dot is a link to the station's page (mouse, Enter or Space). With live power (kW per station id) a charging
// station's dot grows with its power and the districts show their sum.
import { h } from './dom.js';
import { formatNumber, t } from './i18n.js';

export const STATE_COLOURS = { offline: '#667085', FAULTED: '#b42318', OCCUPIED: '#175cd3', online: '#067647' };
const SVG = 'http://www.w3.org/2000/svg';
let districtsCache = null;

/** A station's state for the map and lists: offline, FAULTED, OCCUPIED (charging) or online. */
export function stateOf(s) {
  if (!s.online) return 'offline';
  if (s.connectors.some(c => c.status === 'FAULTED')) return 'FAULTED';
  if (s.connectors.some(c => c.evseId > 0 && c.status === 'OCCUPIED')) return 'OCCUPIED';
  return 'online';
}

async function districtPoints() {
  if (!districtsCache) districtsCache = fetch('/map/wolfsburg-districts.json').then(r => r.json()).then(j => j.districts).catch(() => []);
  return districtsCache;
}

/** An SVG element with attributes and children (nodes or text). */
export function svg(tag, attrs = {}, ...children) {
  const el = document.createElementNS(SVG, tag);
  Object.entries(attrs).forEach(([k, v]) => { if (v !== undefined && v !== null) el.setAttribute(k, v); });
  children.flat().forEach(c => el.append(c instanceof Node ? c : document.createTextNode(String(c))));
  return el;
}

const open = s => { location.hash = '#/stations/' + encodeURIComponent(s.id); };

/**
 * A map element for the stations; returns {el, update(stations, powerKw), destroy()} (powerKw: Map of station id to kW). With a tile URL it is a Leaflet
 * map, else an SVG that needs nothing from the internet.
 */
export async function stationMap(settings, label = t('overview.map')) {
  return settings?.mapTileUrl && window.L ? tileMap(settings.mapTileUrl, label) : offlineMap(await districtPoints(), label);
}

/**
 * Fits [lat, lon] points into a W×H box with a 30 px margin, keeping the aspect of the ground (longitude
 * shortened by the cosine of the latitude); returns {x(lon), y(lat)}, or null without points.
 */
export function projector(points, W, H) {
  if (!points.length) return null;
  const lats = points.map(p => p[0]);
  const lons = points.map(p => p[1]);
  const [minLat, maxLat, minLon, maxLon] = [Math.min(...lats), Math.max(...lats), Math.min(...lons), Math.max(...lons)];
  const k = Math.cos(((minLat + maxLat) / 2) * Math.PI / 180); // degrees of longitude are shorter up north
  const spanX = Math.max((maxLon - minLon) * k, 0.01);
  const spanY = Math.max(maxLat - minLat, 0.01);
  const scale = Math.min((W - 60) / spanX, (H - 60) / spanY);
  return {
    x: lon => 30 + (lon - minLon) * k * scale + ((W - 60) - spanX * scale) / 2,
    y: lat => H - 30 - (lat - minLat) * scale - ((H - 60) - spanY * scale) / 2,
  };
}

function offlineMap(districts, label) {
  const W = 800;
  const H = 560;
  const root = svg('svg', { viewBox: `0 0 ${W} ${H}`, class: 'station-map', role: 'group', 'aria-label': label, 'data-testid': 'station-map' });
  const box = h('div', { class: 'map-box' }, root);
  function update(stations, powerKw = new Map()) {
    const located = stations.filter(s => s.latitude != null && s.longitude != null);
    const p = projector([...located.map(s => [s.latitude, s.longitude]), ...districts.map(d => [d.lat, d.lon])], W, H);
    if (!p) { root.replaceChildren(svg('text', { x: 20, y: 40 }, t('common.none'))); return; }
    const { x, y } = p;
    root.replaceChildren(
      svg('rect', { x: 0, y: 0, width: W, height: H, class: 'map-ground' }),
      svg('g', { class: 'districts', 'aria-hidden': 'true' }, districts.map(d => {
        const kw = located.filter(s => s.district === d.name).reduce((sum, s) => sum + (powerKw.get(s.id) ?? 0), 0);
        return svg('g', {},
          svg('circle', { cx: x(d.lon), cy: y(d.lat), r: 14, class: 'district-area' }),
          svg('text', { x: x(d.lon), y: y(d.lat) - 16, class: 'district-name', 'text-anchor': 'middle' },
            kw > 0 ? `${d.name} · ${formatNumber(kw, 0)} kW` : d.name));
      })),
      svg('g', { class: 'stations' }, located.map(s => {
        const state = stateOf(s);
        const kw = powerKw.get(s.id) ?? 0;
        const name = t('map.station', { id: s.id, state: t('status.' + state), district: s.district ?? '–' })
          + (kw > 0 ? `, ${formatNumber(kw, 1)} kW` : '');
        const dot = svg('circle', { cx: x(s.longitude), cy: y(s.latitude), r: 6 + Math.min(8, Math.sqrt(kw)), fill: STATE_COLOURS[state], class: `station-dot ${state}`,
          tabindex: 0, role: 'link', 'aria-label': name, 'data-station': s.id }, svg('title', {}, name));
        dot.addEventListener('click', () => open(s));
        dot.addEventListener('keydown', e => { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); open(s); } });
        return dot;
      })));
  }
  return { el: h('div', {}, box, legend()), update, destroy() {} };
}

function tileMap(url, label) {
  const el = h('div', { class: 'map-box tiles', role: 'region', 'aria-label': label, 'data-testid': 'station-map' });
  const map = L.map(el).setView([52.4227, 10.7865], 12);
  L.tileLayer(url, { attribution: '© OpenStreetMap' }).addTo(map);
  const markers = L.layerGroup().addTo(map);
  queueMicrotask(() => map.invalidateSize());
  return {
    el: h('div', {}, el, legend()),
    update(stations, powerKw = new Map()) {
      markers.clearLayers();
      stations.filter(s => s.latitude != null && s.longitude != null).forEach(s => {
        L.circleMarker([s.latitude, s.longitude], { radius: 7, color: STATE_COLOURS[stateOf(s)], fillOpacity: .8 })
          .bindTooltip(`${s.id} · ${s.district ?? ''}${powerKw.get(s.id) ? ` · ${formatNumber(powerKw.get(s.id), 1)} kW` : ''}`).on('click', () => open(s)).addTo(markers);
      });
    },
    destroy() { map.remove(); },
  };
}

function legend() {
  return h('ul', { class: 'legend', 'aria-label': t('overview.legend') }, ['online', 'OCCUPIED', 'FAULTED', 'offline'].map(s =>
    h('li', {}, h('span', { class: 'swatch', style: `background:${STATE_COLOURS[s]}` }), t('status.' + s))));
}

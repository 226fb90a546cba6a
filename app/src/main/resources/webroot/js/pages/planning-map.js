// Planning map: run a shipped scenario and see its districts (circles by public points) and DC hubs (squares)
// on the offline SVG map of the overview (js/map.js), with the measured network's installed and used points
// per month against the scenario's path (city total).
import { api } from '../api.js';
import { card, field, h, statusLine, table } from '../dom.js';
import { chartLocale, formatNumber, t } from '../i18n.js';
import { projector, svg } from '../map.js';

const W = 800;
const H = 560;

// districts and hubs of the run's GeoJSON as an SVG that needs nothing from the internet
function resultMap(geojson) {
  const features = geojson.features.filter(f => f.geometry?.type === 'Point');
  const p = projector(features.map(f => [f.geometry.coordinates[1], f.geometry.coordinates[0]]), W, H);
  const root = svg('svg', { viewBox: `0 0 ${W} ${H}`, class: 'station-map', role: 'group', 'aria-label': t('planningMap.map'), 'data-testid': 'planning-map' });
  if (!p) { root.append(svg('text', { x: 20, y: 40 }, t('common.none'))); return root; }
  const { x, y } = p;
  const points = f => (f.properties.pointsPublicAc ?? 0) + (f.properties.pointsPublicDc ?? 0);
  root.append(svg('rect', { x: 0, y: 0, width: W, height: H, class: 'map-ground' }));
  features.forEach(f => {
    const [lon, lat] = f.geometry.coordinates;
    const q = f.properties;
    if (q.kind === 'hub') {
      const name = t('planningMap.hub', { name: q.name, kw: formatNumber(q.gridConnectionKw ?? 0, 0) });
      root.append(svg('rect', { x: x(lon) - 8, y: y(lat) - 8, width: 16, height: 16, class: 'planning-hub', 'data-hub': q.name, role: 'img', tabindex: 0, 'aria-label': name },
        svg('title', {}, name)));
    } else {
      const name = t('planningMap.district', { name: q.name, points: formatNumber(points(f), 0), evs: formatNumber(q.evs ?? 0, 0) });
      root.append(svg('circle', { cx: x(lon), cy: y(lat), r: 4 + Math.sqrt(points(f)), class: 'planning-district', 'data-district': q.name, role: 'img', tabindex: 0, 'aria-label': name },
        svg('title', {}, name)),
      svg('text', { x: x(lon), y: y(lat) - 6 - Math.sqrt(points(f)), class: 'district-name', 'text-anchor': 'middle', 'aria-hidden': 'true' }, q.name));
    }
  });
  return root;
}

// city totals per month: installed and used (measured) against the scenario's path
function actualChart(actual) {
  const months = [...new Set(actual.rows.map(r => r.month))].sort();
  const sum = key => months.map(m => {
    const rows = actual.rows.filter(r => r.month === m && r[key] !== null);
    return rows.length ? rows.reduce((s, r) => s + r[key], 0) : null;
  });
  const canvas = h('canvas', { role: 'img', 'aria-label': t('planningMap.actualChart'), 'data-testid': 'actual-chart' });
  const box = h('div', { class: 'chart-box' }, canvas);
  if (!months.length) return { el: h('p', { 'data-testid': 'actual-none' }, t('planningMap.noMeasured')), destroy() {} };
  const line = (label, data, colour, dash) => ({ label, data, borderColor: colour, backgroundColor: colour, borderDash: dash, spanGaps: false, pointRadius: 2 });
  const chart = new Chart(canvas, {
    type: 'line',
    data: { labels: months, datasets: [line(t('planningMap.target'), sum('targetPoints'), '#667085', [6, 4]),
      line(t('planningMap.installed'), sum('installedPoints'), '#00778b'), line(t('planningMap.used'), sum('usedPoints'), '#b54708')] },
    options: { animation: false, locale: chartLocale(), maintainAspectRatio: false, scales: { y: { beginAtZero: true, title: { display: true, text: t('planningMap.points') } } } },
  });
  const last = months.filter((m, i) => sum('installedPoints')[i] !== null).pop();
  const rows = actual.rows.filter(r => r.month === last);
  return {
    el: h('div', {}, box, last ? h('h4', {}, t('planningMap.month', { month: last })) : '', last ? table([t('planning.district'), t('planningMap.installed'), t('planningMap.used'), t('planningMap.target')],
      rows.map(r => ({ cells: [r.district, formatNumber(r.installedPoints ?? 0, 0), formatNumber(r.usedPoints ?? 0, 0), formatNumber(r.targetPoints, 1)] })),
      { 'data-testid': 'actual-table' }) : ''),
    destroy() { chart.destroy(); },
  };
}

export async function render(main) {
  const names = (await api('/api/planning/scenarios')).items;
  const status = statusLine();
  const pick = h('select', {}, names.map(n => h('option', { value: n }, n)));
  pick.value = names.find(n => n.endsWith('target')) ?? names[0];
  const days = h('input', { type: 'number', min: 1, max: 3650, value: 7, 'data-testid': 'planning-map-days' });
  // the path runs to December of the planned year, which must not lie before the measured months
  const year = h('input', { type: 'number', min: 2025, max: 2035, value: 2030, 'data-testid': 'planning-map-year' });
  const out = h('div', { 'aria-live': 'polite' });
  let chart = null;
  const run = async () => {
    status.show(t('planning.running'));
    try {
      const r = await api('/api/planning/runs', { method: 'POST', body: { scenario: pick.value, measured: false, days: days.value, year: year.value } });
      const [geojson, actual] = await Promise.all([api(`/api/planning/runs/${r.runId}/geojson`), api(`/api/planning/runs/${r.runId}/actual`)]);
      status.clear();
      chart?.destroy();
      chart = actualChart(actual);
      out.replaceChildren(
        h('div', { class: 'map-box' }, resultMap(geojson)),
        h('p', { class: 'muted small' }, t('planningMap.legend')),
        h('h3', {}, t('planningMap.actualTitle', { from: actual.from, year: actual.scenarioYear })),
        chart.el);
    } catch (e) { status.fail(e); }
  };
  main.append(card(t('planningMap.title'),
    h('p', { class: 'muted' }, t('planningMap.intro')),
    h('div', { class: 'form' }, field(t('planning.scenario'), pick), field(t('planning.days'), days), field(t('planningMap.year'), year),
      h('button', { type: 'button', onclick: run, 'data-testid': 'planning-map-run' }, t('planning.run'))),
    status.el, out));
  return () => chart?.destroy();
}

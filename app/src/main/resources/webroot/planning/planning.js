// Planner pages: pick a shipped scenario or edit its YAML, run it with or without the measured network,
// read the gap per district with the charts, and compare scenarios side by side.
import { call, h, status, table, translator } from '../billing/http.js';

const t = translator({
  de: { title: 'Kapazitätsplanung', scenario: 'Szenario', edit: 'YAML bearbeiten', measured: 'Mit gemessenem Netz',
    days: 'Simulierte Tage', run: 'Berechnen', compare: 'Vergleichen', district: 'Stadtteil', evs: 'E-Fahrzeuge',
    kwhDay: 'kWh/Tag', ac: 'AC-Punkte nötig', dc: 'DC-Punkte nötig', gapAc: 'Lücke AC', gapDc: 'Lücke DC',
    transformers: 'Überlastete Trafos', publicKw: 'Öffentl. kW / AFIR', running: 'Rechnet …', pick: 'Szenarien zum Vergleich (Strg-Klick)',
    city: 'Stadt gesamt', csv: 'Vergleich (CSV)' },
  en: { title: 'Capacity planning', scenario: 'Scenario', edit: 'Edit YAML', measured: 'With the measured network',
    days: 'Simulated days', run: 'Run', compare: 'Compare', district: 'District', evs: 'EVs',
    kwhDay: 'kWh/day', ac: 'AC points needed', dc: 'DC points needed', gapAc: 'Gap AC', gapDc: 'Gap DC',
    transformers: 'Overloaded transformers', publicKw: 'Public kW / AFIR', running: 'Running …', pick: 'Scenarios to compare (ctrl-click)',
    city: 'City total', csv: 'Comparison (CSV)' },
});
const page = document.getElementById('page');
const line = document.getElementById('status');

const charts = urls => h('div', { class: 'charts' }, urls.map(u => h('img', { src: u, alt: u.split('/').pop(), style: 'max-width:100%' })));
const fmt = v => v === null || v === undefined ? '–' : typeof v === 'number' ? Math.round(v * 10) / 10 : String(v);

// one row per district: demand, public kW against the AFIR benchmark, gap to the installed network
function districts(result) {
  const e = d => d.energyKwhPerDay;
  return table([t('district'), t('evs'), t('kwhDay'), t('ac'), t('dc'), t('publicKw'), t('gapAc'), t('gapDc'), t('transformers')],
    result.districts.map(({ demand: d, gap }) => [d.district, fmt(d.vehicles.evs),
      fmt(e(d).home + e(d).work + e(d).publicAc + e(d).publicDc), fmt(d.ports.publicAc), fmt(d.ports.publicDc),
      `${fmt(d.publicKw)} / ${fmt(d.afirKw)}`, fmt(gap?.gapAcPorts), fmt(gap?.gapDcPorts), fmt(d.overloadedTransformers)]));
}

async function render() {
  const names = (await call('/api/planning/scenarios')).items;
  const pick = h('select', {}, names.map(n => h('option', { value: n }, n)));
  const yaml = h('textarea', { rows: 16, cols: 90, hidden: true });
  const measured = h('input', { type: 'checkbox', checked: true });
  const days = h('input', { type: 'number', min: 1, max: 3650, value: 100 });
  const many = h('select', { multiple: true, size: Math.min(6, names.length) }, names.map(n => h('option', { value: n }, n)));
  const out = h('div');
  const edit = async () => { yaml.hidden = false; yaml.value = await call(`/api/planning/scenarios/${pick.value}?format=yaml`); };
  const run = async () => {
    status(line, null); line.textContent = t('running');
    try {
      const r = yaml.hidden
        ? await call('/api/planning/runs', { method: 'POST', body: { scenario: pick.value, measured: measured.checked, days: days.value } })
        : await call(`/api/planning/runs?measured=${measured.checked}&days=${days.value}`, { method: 'POST', body: yaml.value, raw: true });
      line.textContent = '';
      out.replaceChildren(h('h3', {}, r.result.scenario.name), districts(r.result), charts(r.charts));
    } catch (e) { status(line, e); }
  };
  const compare = async () => {
    status(line, null); line.textContent = t('running');
    try {
      const chosen = [...many.selectedOptions].map(o => o.value);
      const r = await call('/api/planning/compare', { method: 'POST', body: { scenarios: chosen, measured: measured.checked, days: days.value } });
      line.textContent = '';
      const rows = r.csv.trim().split('\n').map(l => l.split(','));
      out.replaceChildren(h('h3', {}, t('csv')), table(rows[0], rows.slice(1)), charts(r.charts));
    } catch (e) { status(line, e); }
  };
  page.replaceChildren(h('h2', {}, t('title')),
    h('p', {}, h('label', {}, t('scenario'), ' ', pick), ' ', h('button', { onclick: edit }, t('edit'))), yaml,
    h('p', {}, h('label', {}, measured, ' ', t('measured')), ' ', h('label', {}, t('days'), ' ', days), ' ',
      h('button', { onclick: run }, t('run'))),
    h('p', {}, h('label', {}, t('pick'), ' ', many), ' ', h('button', { onclick: compare }, t('compare'))), out);
}

document.title = `Ladewerk – ${t('title')}`;
render().catch(e => status(line, e));

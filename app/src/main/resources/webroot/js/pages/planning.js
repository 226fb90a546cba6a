// Capacity planning: pick a shipped scenario or edit its YAML, run it with or without the measured network,
// read the gap per district with the charts, and compare scenarios side by side.
import { api } from '../api.js';
import { card, field, h, statusLine, table } from '../dom.js';
import { formatNumber, t } from '../i18n.js';

const charts = urls => h('div', { class: 'charts' }, urls.map(u => h('img', { src: u, alt: t('planning.chart', { name: u.split('/').pop() }) })));
const num = v => (v === null || v === undefined ? '–' : typeof v === 'number' ? formatNumber(v, Number.isInteger(v) ? 0 : 1) : String(v));

// one row per district: demand, public kW against the AFIR benchmark, gap to the installed network
function districts(result) {
  const e = d => d.energyKwhPerDay;
  return table([t('planning.district'), t('planning.evs'), t('planning.kwhDay'), t('planning.ac'), t('planning.dc'), t('planning.publicKw'),
    t('planning.gapAc'), t('planning.gapDc'), t('planning.transformers')],
  result.districts.map(({ demand: d, gap }) => ({ cells: [d.district, num(d.vehicles.evs),
    num(e(d).home + e(d).work + e(d).publicAc + e(d).publicDc), num(d.ports.publicAc), num(d.ports.publicDc),
    `${num(d.publicKw)} / ${num(d.afirKw)}`, num(gap?.gapAcPorts), num(gap?.gapDcPorts), num(d.overloadedTransformers)] })),
  { 'data-testid': 'planning-result' });
}

export async function render(main) {
  const names = (await api('/api/planning/scenarios')).items;
  const status = statusLine();
  const pick = h('select', {}, names.map(n => h('option', { value: n }, n)));
  const yaml = h('textarea', { rows: 16, cols: 90, hidden: true, 'aria-label': t('planning.yaml') });
  const measured = h('input', { type: 'checkbox', checked: true });
  const days = h('input', { type: 'number', min: 1, max: 3650, value: 100, 'data-testid': 'planning-days' });
  const many = h('select', { multiple: true, size: Math.min(6, names.length) }, names.map(n => h('option', { value: n }, n)));
  const out = h('div', { 'aria-live': 'polite' });
  const edit = async () => {
    try { yaml.hidden = false; yaml.value = await api(`/api/planning/scenarios/${encodeURIComponent(pick.value)}?format=yaml`); yaml.focus(); }
    catch (e) { status.fail(e); }
  };
  const run = async () => {
    status.show(t('planning.running'));
    try {
      const r = yaml.hidden
        ? await api('/api/planning/runs', { method: 'POST', body: { scenario: pick.value, measured: measured.checked, days: days.value } })
        : await api(`/api/planning/runs?measured=${measured.checked}&days=${days.value}`, { method: 'POST', body: yaml.value, contentType: 'application/yaml' });
      status.clear();
      out.replaceChildren(h('h3', {}, r.result.scenario.name), districts(r.result), charts(r.charts));
    } catch (e) { status.fail(e); }
  };
  const compare = async () => {
    status.show(t('planning.running'));
    try {
      const chosen = [...many.selectedOptions].map(o => o.value);
      const r = await api('/api/planning/compare', { method: 'POST', body: { scenarios: chosen, measured: measured.checked, days: days.value } });
      status.clear();
      const rows = r.csv.trim().split('\n').map(l => l.split(','));
      out.replaceChildren(h('h3', {}, t('planning.comparison')), table(rows[0], rows.slice(1).map(cells => ({ cells }))), charts(r.charts));
    } catch (e) { status.fail(e); }
  };
  main.append(card(t('planning.title'),
    h('div', { class: 'form' }, field(t('planning.scenario'), pick),
      h('button', { type: 'button', class: 'secondary', onclick: edit }, t('planning.edit'))), yaml,
    h('div', { class: 'form' }, field(t('planning.measured'), measured), field(t('planning.days'), days),
      h('button', { type: 'button', onclick: run }, t('planning.run'))),
    h('div', { class: 'form' }, field(t('planning.pick'), many), h('button', { type: 'button', class: 'secondary', onclick: compare }, t('planning.compare'))),
    status.el, out));
}

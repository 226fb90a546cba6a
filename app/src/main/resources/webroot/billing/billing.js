// Operator pages for billing: tariffs (create, version, assign), CDRs, held sessions, invoices.
// One page, a tab per concern (#tariffs, #cdrs, #held, #invoices); every change goes through the API.
import { call, h, money, status, table, translator } from './http.js';
import { STRINGS } from './strings.js';

const t = translator(STRINGS);
const page = document.getElementById('page');
const line = document.getElementById('status');
const TABS = { tariffs, cdrs, held, invoices };

function field(label, input) { return h('label', {}, label, ' ', input); }
function input(attrs = {}) { return h('input', attrs); }
function day(offset) { const d = new Date(Date.now() + offset * 864e5); return d.toISOString().slice(0, 10); }
async function act(work, after) {
  try { await work(); status(line, null); line.textContent = t('done'); if (after) await after(); } catch (e) { status(line, e); }
}

const TEMPLATE = { id: 'AC-STANDARD', currency: 'EUR', type: 'REGULAR',
  elements: [{ price_components: [{ type: 'ENERGY', price: 0.39, vat: 19, step_size: 1 }] }] };

async function tariffs() {
  const list = await call('/api/tariffs');
  const assignments = await call('/api/tariff-assignments');
  const json = h('textarea', { rows: 10, cols: 80, 'aria-label': t('tariffJson') }, JSON.stringify(TEMPLATE, null, 2));
  const publish = versionOf => act(() => call(versionOf ? `/api/tariffs/${encodeURIComponent(versionOf)}/versions` : '/api/tariffs',
    { method: 'POST', body: JSON.parse(json.value) }), render);
  const energy = tf => (tf.elements[0].price_components.find(c => c.type === 'ENERGY') || {});
  const a = { tariffId: input(), stationId: input(), siteId: input(), customerGroup: input(), clock: input({ type: 'checkbox' }), from: input({ type: 'datetime-local' }) };
  return [
    h('h2', {}, t('tariffs')),
    table([t('id'), t('version'), t('validFrom'), t('energyPrice'), t('vat'), ''], list.items.map(tf => [
      tf.id, tf.version, tf.start_date_time, energy(tf).price, energy(tf).vat,
      h('button', { onclick: () => { json.value = JSON.stringify(tf, null, 2); } }, t('newVersion'))])),
    h('h3', {}, t('tariffJson')), json, h('p', {},
      h('button', { onclick: () => publish(null) }, t('publish')), ' ',
      h('button', { onclick: () => publish(JSON.parse(json.value).id) }, t('newVersion'))),
    h('h3', {}, t('assignments')),
    table([t('id'), t('station'), t('site'), t('group'), t('clockValid'), t('validFrom')], assignments.items.map(x =>
      [x.tariffId, x.stationId, x.siteId, x.customerGroup, x.clockLegallyValid ? '✓' : '–', x.validFrom])),
    h('p', {}, field(t('id'), a.tariffId), field(t('station'), a.stationId), field(t('site'), a.siteId),
      field(t('group'), a.customerGroup), field(t('clockValid'), a.clock), field(t('validFrom'), a.from),
      h('button', { onclick: () => act(() => call('/api/tariff-assignments', { method: 'POST', body: {
        tariffId: a.tariffId.value, stationId: a.stationId.value || null, siteId: a.siteId.value || null,
        customerGroup: a.customerGroup.value || null, clockLegallyValid: a.clock.checked,
        validFrom: a.from.value ? new Date(a.from.value).toISOString() : null } }), render) }, t('assign'))),
  ];
}

async function cdrs() {
  const from = input({ type: 'date', value: day(-30) });
  const to = input({ type: 'date', value: day(1) });
  const out = h('div');
  const show = async () => {
    const q = `from=${from.value}&to=${to.value}`;
    const data = await call(`/api/cdrs?${q}`);
    out.replaceChildren(h('p', {}, h('a', { href: `/api/cdrs.csv?${q}` }, t('csv'))), data.items.length === 0 ? t('none') :
      table([t('id'), t('session'), t('station'), t('customer'), t('start'), t('energy'), t('net'), t('gross'), ''], data.items.map(c => [
        c.id.slice(0, 8), c.sessionId, c.stationId, c.customerId || '–', new Date(c.start).toLocaleString(),
        (c.energyWh / 1000).toFixed(3) + (c.signed ? ` (${t('signed')})` : ''), money(c.totalNet, c.currency), money(c.totalGross, c.currency),
        h('span', {}, h('a', { href: `/api/cdrs/${c.id}/ocpi`, target: '_blank' }, t('ocpi')), ' ',
          c.signed ? h('a', { href: `/api/cdrs/${c.id}/transparency.xml`, 'data-testid': 'transparency-file' }, t('transparency')) : '', ' ',
          c.creditReferenceId ? t('credit') : h('button', { onclick: () => {
            const reason = prompt(t('creditReason'));
            if (reason) act(() => call(`/api/cdrs/${c.id}/credit`, { method: 'POST', body: { reason } }), show);
          } }, t('credit')))])));
  };
  await show();
  return [h('h2', {}, t('cdrs')), h('p', {}, field(t('from'), from), field(t('to'), to),
    h('button', { onclick: () => act(show) }, t('show'))), out];
}

async function held() {
  const data = await call('/api/held-sessions');
  const decide = (id, what) => act(() => call(`/api/held-sessions/${encodeURIComponent(id)}/${what}`,
    { method: 'POST', body: { note: prompt(t('note')) || null } }), render);
  return [h('h2', {}, t('held')), data.items.length === 0 ? t('none') :
    table([t('session'), t('station'), t('heldAt'), t('reasons'), ''], data.items.map(x => [
      x.session.sessionId, x.session.stationId, new Date(x.heldAt).toLocaleString(), h('ul', {}, x.reasons.map(r => h('li', {}, r))),
      h('span', {}, h('button', { onclick: () => decide(x.session.sessionId, 'release') }, t('release')), ' ',
        h('button', { onclick: () => decide(x.session.sessionId, 'reject') }, t('reject')))]))];
}

async function invoices() {
  const f = { customer: input(), month: input({ type: 'month', value: day(-28).slice(0, 7) }), name: input(), address: h('textarea', { rows: 3 }) };
  const out = h('div');
  const list = async () => {
    const data = await call(`/api/invoices?customer=${encodeURIComponent(f.customer.value)}`);
    out.replaceChildren(data.items.length === 0 ? t('none') : table([t('number'), t('month'), t('issuedAt'), t('net'), t('gross'), ''],
      data.items.map(i => [i.number, i.month, new Date(i.issuedAt).toLocaleString(), money(i.totalNet, i.currency), money(i.totalGross, i.currency),
        h('span', {}, h('a', { href: `/api/invoices/${i.number}/pdf`, target: '_blank' }, t('pdf')), ' ',
          h('a', { href: `/api/invoices/${i.number}/csv` }, 'CSV'))])));
  };
  return [h('h2', {}, t('invoices')),
    h('p', {}, field(t('customer'), f.customer), field(t('month'), f.month), field(t('name'), f.name)),
    h('p', {}, field(t('address'), f.address)),
    h('p', {}, h('button', { onclick: () => act(() => call('/api/invoices', { method: 'POST', body: {
      customerId: f.customer.value, month: f.month.value, name: f.name.value,
      addressLines: f.address.value.split('\n').filter(Boolean) } }), list) }, t('issue')), ' ',
    h('button', { onclick: () => act(list) }, t('list'))), out];
}

async function render() {
  const name = (location.hash || '#tariffs').slice(1);
  const tab = TABS[name] || tariffs;
  try {
    page.replaceChildren(...await tab());
  } catch (e) {
    status(line, e);
  }
}

document.title = `Ladewerk – ${t('title')}`;
document.getElementById('tabs').replaceChildren(...Object.keys(TABS).flatMap(k => [h('a', { href: `#${k}` }, t(k)), ' ']));
window.addEventListener('hashchange', render);
render();

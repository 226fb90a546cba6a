// Billing (accounting): tariffs (create, version, assign), CDRs, held sessions, invoices; a tab per concern
// (#/billing/tariffs, …/cdrs, …/held, …/invoices). Every change goes through the API.
import { api } from '../api.js';
import { card, field, h, statusLine, table, tabs } from '../dom.js';
import { formatDate, formatMoney, formatNumber, formatTime, t } from '../i18n.js';

const TABS = { tariffs, cdrs, held, invoices };

/** A yyyy-mm-dd day offset from today in the browser's calendar (only a default for date inputs). */
function day(offset) { const d = new Date(Date.now() + offset * 864e5); return d.toISOString().slice(0, 10); }

export async function render(main, [name]) {
  const tab = TABS[name] ? name : 'tariffs';
  const status = statusLine();
  const body = h('div', { class: 'stack' });
  main.append(card(t('billing.title'), tabs('billing', Object.keys(TABS), tab, n => (n ? t('billing.' + n) : t('billing.title'))),
    status.el, body));
  const act = async (work, after) => {
    try { await work(); status.show(t('billing.done')); if (after) await after(); } catch (e) { status.fail(e); }
  };
  await TABS[tab](body, act, status);
}

const TEMPLATE = { id: 'AC-STANDARD', currency: 'EUR', type: 'REGULAR',
  elements: [{ price_components: [{ type: 'ENERGY', price: 0.39, vat: 19, step_size: 1 }] }] };

async function tariffs(body, act) {
  const draw = async () => {
    const list = await api('/api/tariffs');
    const assignments = await api('/api/tariff-assignments');
    const json = h('textarea', { rows: 10, cols: 80, id: 'tariff-json' }, JSON.stringify(TEMPLATE, null, 2));
    const publish = versionOf => act(() => api(versionOf ? `/api/tariffs/${encodeURIComponent(versionOf)}/versions` : '/api/tariffs',
      { method: 'POST', body: JSON.parse(json.value) }), draw);
    const energy = tf => (tf.elements[0].price_components.find(c => c.type === 'ENERGY') || {});
    const a = { tariffId: h('input'), stationId: h('input'), siteId: h('input'), customerGroup: h('input'),
      clock: h('input', { type: 'checkbox' }), from: h('input', { type: 'datetime-local' }) };
    body.replaceChildren(
      table([t('billing.id'), t('billing.version'), t('billing.validFrom'), t('billing.energyPrice'), t('billing.vat'), ''],
        list.items.map(tf => ({ cells: [tf.id, tf.version, formatTime(tf.start_date_time), formatMoney(energy(tf).price, tf.currency),
          energy(tf).vat == null ? '–' : `${formatNumber(energy(tf).vat, 0)} %`,
          h('button', { type: 'button', class: 'secondary', onclick: () => { json.value = JSON.stringify(tf, null, 2); json.focus(); } },
            t('billing.edit'))] })), { 'data-testid': 'tariffs' }),
      h('h3', {}, h('label', { for: 'tariff-json' }, t('billing.tariffJson'))), json,
      h('div', { class: 'toolbar' },
        h('button', { type: 'button', onclick: () => publish(null) }, t('billing.publish')),
        h('button', { type: 'button', class: 'secondary', onclick: () => publish(JSON.parse(json.value).id) }, t('billing.newVersion'))),
      h('h3', {}, t('billing.assignments')),
      table([t('billing.id'), t('billing.station'), t('billing.site'), t('billing.group'), t('billing.clockValid'), t('billing.validFrom')],
        assignments.items.map(x => ({ cells: [x.tariffId, x.stationId ?? '–', x.siteId ?? '–', x.customerGroup ?? '–',
          x.clockLegallyValid ? t('common.yes') : t('common.no'), formatTime(x.validFrom)] }))),
      h('div', { class: 'form' }, field(t('billing.id'), a.tariffId), field(t('billing.station'), a.stationId),
        field(t('billing.site'), a.siteId), field(t('billing.group'), a.customerGroup),
        field(t('billing.clockValid'), a.clock), field(t('billing.validFrom'), a.from),
        h('button', { type: 'button', onclick: () => act(() => api('/api/tariff-assignments', { method: 'POST', body: {
          tariffId: a.tariffId.value, stationId: a.stationId.value || null, siteId: a.siteId.value || null,
          customerGroup: a.customerGroup.value || null, clockLegallyValid: a.clock.checked,
          validFrom: a.from.value ? new Date(a.from.value).toISOString() : null } }), draw) }, t('billing.assign'))));
  };
  await draw();
}

async function cdrs(body, act) {
  const from = h('input', { type: 'date', value: day(-30) });
  const to = h('input', { type: 'date', value: day(1) });
  const out = h('div');
  const show = async () => {
    const q = `from=${from.value}&to=${to.value}`;
    const data = await api(`/api/cdrs?${q}`);
    out.replaceChildren(h('p', {}, h('a', { href: `/api/cdrs.csv?${q}` }, t('billing.csv'))), data.items.length === 0
      ? h('p', { class: 'muted' }, t('common.none'))
      : table([t('billing.id'), t('billing.session'), t('billing.station'), t('billing.customer'), t('billing.start'), t('billing.energy'),
        t('billing.net'), t('billing.gross'), ''], data.items.map(c => ({ cells: [c.id.slice(0, 8),
        h('a', { href: `#/sessions/${encodeURIComponent(c.sessionId)}` }, c.sessionId), c.stationId, c.customerId || '–', formatTime(c.start),
        formatNumber(c.energyWh / 1000, 3) + (c.signed ? ` (${t('billing.signed')})` : ''),
        formatMoney(c.totalNet, c.currency), formatMoney(c.totalGross, c.currency), credit(c)] }))));
  };
  const credit = c => {
    // the S.A.F.E. Transparenzsoftware opens this file as it is (signed sessions only)
    const transparency = c.signed
      ? h('a', { href: `/api/cdrs/${c.id}/transparency.xml`, 'data-testid': 'transparency-file' }, t('billing.transparency')) : '';
    if (c.creditReferenceId) return h('span', {}, h('a', { href: `/api/cdrs/${c.id}/ocpi`, target: '_blank' }, 'OCPI'), ' ', transparency, ' ', t('billing.credited'));
    const reason = h('input', { 'aria-label': t('billing.creditReason'), placeholder: t('billing.creditReason') });
    return h('span', { class: 'toolbar' }, h('a', { href: `/api/cdrs/${c.id}/ocpi`, target: '_blank' }, 'OCPI'), transparency, reason,
      h('button', { type: 'button', class: 'secondary', onclick: () => reason.value
        ? act(() => api(`/api/cdrs/${c.id}/credit`, { method: 'POST', body: { reason: reason.value } }), show) : reason.focus() },
      t('billing.credit')));
  };
  body.replaceChildren(h('div', { class: 'form' }, field(t('billing.from'), from), field(t('billing.to'), to),
    h('button', { type: 'button', onclick: () => act(show) }, t('billing.show'))), out);
  await show();
}

async function held(body, act) {
  const draw = async () => {
    const data = await api('/api/held-sessions');
    const decide = (id, what, note) => act(() => api(`/api/held-sessions/${encodeURIComponent(id)}/${what}`,
      { method: 'POST', body: { note: note.value || null } }), draw);
    body.replaceChildren(data.items.length === 0 ? h('p', { class: 'muted' }, t('common.none')) :
      table([t('billing.session'), t('billing.station'), t('billing.heldAt'), t('billing.reasons'), ''], data.items.map(x => {
        const note = h('input', { 'aria-label': t('billing.note'), placeholder: t('billing.note') });
        return { cells: [x.session.sessionId, x.session.stationId, formatTime(x.heldAt), h('ul', {}, x.reasons.map(r => h('li', {}, r))),
          h('span', { class: 'toolbar' }, note, h('button', { type: 'button', onclick: () => decide(x.session.sessionId, 'release', note) }, t('billing.release')),
            h('button', { type: 'button', class: 'secondary', onclick: () => decide(x.session.sessionId, 'reject', note) }, t('billing.reject')))] };
      })));
  };
  await draw();
}

async function invoices(body, act) {
  const f = { customer: h('input'), month: h('input', { type: 'month', value: day(-28).slice(0, 7) }), name: h('input'),
    address: h('textarea', { rows: 3 }) };
  const out = h('div');
  const list = async () => {
    const data = await api(`/api/invoices?customer=${encodeURIComponent(f.customer.value)}`);
    out.replaceChildren(data.items.length === 0 ? h('p', { class: 'muted' }, t('common.none')) :
      table([t('billing.number'), t('billing.month'), t('billing.issuedAt'), t('billing.net'), t('billing.gross'), ''],
        data.items.map(i => ({ cells: [i.number, i.month, formatDate(i.issuedAt), formatMoney(i.totalNet, i.currency), formatMoney(i.totalGross, i.currency),
          h('span', {}, h('a', { href: `/api/invoices/${i.number}/pdf`, target: '_blank' }, 'PDF'), ' ',
            h('a', { href: `/api/invoices/${i.number}/csv` }, 'CSV'))] }))));
  };
  body.replaceChildren(
    h('div', { class: 'form' }, field(t('billing.customer'), f.customer), field(t('billing.month'), f.month),
      field(t('billing.name'), f.name), field(t('billing.address'), f.address)),
    h('div', { class: 'toolbar' },
      h('button', { type: 'button', onclick: () => act(() => api('/api/invoices', { method: 'POST', body: {
        customerId: f.customer.value, month: f.month.value, name: f.name.value,
        addressLines: f.address.value.split('\n').filter(Boolean) } }), list) }, t('billing.issue')),
      h('button', { type: 'button', class: 'secondary', onclick: () => act(list) }, t('billing.list'))), out);
}

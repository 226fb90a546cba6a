// Meter key registry (Eichrecht): keys per meter serial, proposals to approve or reject, the audit, and the
// stations whose sessions are billed only from complete, valid signatures. Operators change, viewers read.
import { api } from '../api.js';
import { h, card, table, confirmDialog } from '../dom.js';
import { formatTime, t } from '../i18n.js';

const STATUSES = ['PROPOSED', 'APPROVED', 'REJECTED', 'SUPERSEDED'];

export async function render(main, _params, { who }) {
  const canChange = who.role === 'operator' || who.role === 'admin';
  const message = h('p', { class: 'answer', hidden: true, 'data-testid': 'meter-keys-message' });
  const statusFilter = h('select', { name: 'status', 'data-testid': 'meter-keys-status' },
    h('option', { value: '' }, t('common.all')), STATUSES.map(s => h('option', { value: s }, t('meterKeys.status.' + s))));
  const serialFilter = h('input', { name: 'serial', placeholder: t('meterKeys.serial') });
  const keys = h('div', { 'data-testid': 'meter-keys-table' });
  const audit = h('div', { 'data-testid': 'meter-keys-audit' });
  const stations = h('div', { 'data-testid': 'eichrecht-stations' });
  const addForm = h('form', { class: 'toolbar', 'data-testid': 'meter-key-form', hidden: !canChange },
    h('input', { name: 'meterSerial', placeholder: t('meterKeys.serial'), required: true, maxlength: 64 }),
    h('input', { name: 'publicKey', placeholder: t('meterKeys.key'), required: true, size: 60 }),
    h('input', { name: 'note', placeholder: t('meterKeys.note') }),
    h('button', {}, t('meterKeys.propose')));
  const stationForm = h('form', { class: 'toolbar', hidden: !canChange },
    h('input', { name: 'stationId', placeholder: t('meterKeys.station'), required: true, maxlength: 48 }),
    h('button', {}, t('meterKeys.mark')));
  main.append(
    card(t('meterKeys.title'), h('p', {}, t('meterKeys.intro')), h('div', { class: 'toolbar' }, serialFilter, statusFilter),
      addForm, message, keys),
    card(t('meterKeys.stations'), h('p', {}, t('meterKeys.stationsIntro')), stationForm, stations),
    card(t('meterKeys.audit'), audit));

  function show(text) { message.hidden = false; message.textContent = text; }
  async function act(path, body) {
    try { await api(path, { method: 'POST', body: body ?? {} }); }
    catch (err) { show(err.message); }
    await draw();
  }

  async function draw() {
    const q = new URLSearchParams();
    if (serialFilter.value.trim()) q.set('meterSerial', serialFilter.value.trim());
    if (statusFilter.value) q.set('status', statusFilter.value);
    const items = (await api('/api/meter-keys?' + q)).items;
    keys.replaceChildren(items.length === 0 ? h('p', {}, t('common.none')) : table(
      [t('meterKeys.serial'), t('meterKeys.statusLabel'), t('meterKeys.curve'), t('meterKeys.source'), t('meterKeys.proposed'),
        t('meterKeys.decided'), t('meterKeys.key'), ''],
      items.map(k => ({ attrs: { 'data-key-id': k.id }, cells: [k.meterSerial, t('meterKeys.status.' + k.status), k.curve, k.source,
        `${k.proposedBy}, ${formatTime(k.proposedAt)}`, k.decidedBy ? `${k.decidedBy}, ${formatTime(k.decidedAt)}` : '–',
        h('code', { title: k.publicKeyHex }, k.publicKeyHex.slice(-24)),
        canChange && k.status === 'PROPOSED' ? h('span', { class: 'toolbar' },
          h('button', { type: 'button', 'data-testid': 'approve-key', onclick: async () => {
            if (await confirmDialog(t('meterKeys.confirmApprove', { serial: k.meterSerial }), t('meterKeys.approve'), t('common.cancel'))) {
              await act(`/api/meter-keys/${k.id}/approve`);
            }
          } }, t('meterKeys.approve')),
          h('button', { type: 'button', class: 'secondary', onclick: () => act(`/api/meter-keys/${k.id}/reject`) }, t('meterKeys.reject')))
          : ''] }))));
    const events = (await api('/api/meter-keys/audit' + (serialFilter.value.trim() ? '?meterSerial=' + encodeURIComponent(serialFilter.value.trim()) : ''))).items;
    audit.replaceChildren(events.length === 0 ? h('p', {}, t('common.none')) : table(
      [t('meterKeys.when'), t('meterKeys.serial'), t('meterKeys.action'), t('meterKeys.who'), t('meterKeys.note'), t('meterKeys.key')],
      events.slice().reverse().map(e => ({ cells: [formatTime(e.at), e.meterSerial, t('meterKeys.status.' + e.action), e.actor, e.note ?? '',
        h('code', { title: e.publicKeyHex }, e.publicKeyHex.slice(-24))] }))));
    const marked = (await api('/api/eichrecht-stations')).items;
    stations.replaceChildren(marked.length === 0 ? h('p', {}, t('common.none')) : table(
      [t('meterKeys.station'), t('meterKeys.markedBy'), ''],
      marked.map(s => ({ cells: [s.stationId, `${s.markedBy}, ${formatTime(s.markedAt)}`, canChange
        ? h('button', { type: 'button', class: 'secondary', onclick: async () => {
          try { await api(`/api/eichrecht-stations/${encodeURIComponent(s.stationId)}`, { method: 'DELETE' }); } catch (err) { show(err.message); }
          await draw();
        } }, t('meterKeys.unmark')) : ''] }))));
  }

  serialFilter.addEventListener('change', draw);
  statusFilter.addEventListener('change', draw);
  addForm.addEventListener('submit', async e => {
    e.preventDefault();
    try {
      await api('/api/meter-keys', { method: 'POST', body: Object.fromEntries(new FormData(addForm)) });
      addForm.reset();
      message.hidden = true;
    } catch (err) { show(err.message); }
    await draw();
  });
  stationForm.addEventListener('submit', async e => {
    e.preventDefault();
    const id = new FormData(stationForm).get('stationId').trim();
    try { await api(`/api/eichrecht-stations/${encodeURIComponent(id)}`, { method: 'PUT' }); stationForm.reset(); } catch (err) { show(err.message); }
    await draw();
  });
  await draw();
}

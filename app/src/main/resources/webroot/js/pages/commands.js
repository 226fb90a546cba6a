// Sent commands: who sent what to which station, when, the answer and how long it took; filter by station,
// action and outcome (the filter is kept in the URL: #/commands?station=…&action=…&status=…).
import { api } from '../api.js';
import { card, field, h, table } from '../dom.js';
import { onEvent } from '../events.js';
import { formatDuration, formatTime, label, t } from '../i18n.js';

const STATUSES = ['ANSWERED', 'CALL_ERROR', 'TIMEOUT', 'OFFLINE', 'INVALID', 'SENT'];

export async function render(main, [query]) {
  const params = new URLSearchParams(query ?? '');
  const station = h('input', { name: 'station', value: params.get('station') ?? '', 'data-testid': 'commands-station' });
  const action = h('input', { name: 'action', value: params.get('action') ?? '', 'data-testid': 'commands-action' });
  const status = h('select', { name: 'status', 'data-testid': 'commands-status' }, h('option', { value: '' }, t('common.all')),
    STATUSES.map(s => h('option', { value: s, selected: params.get('status') === s }, label('commandStatus', s))));
  const list = h('div', { 'data-testid': 'commands' });
  const form = h('form', { class: 'form', role: 'search' }, field(t('stations.id'), station), field(t('commands.action'), action),
    field(t('commands.outcome'), status), h('button', {}, t('common.filter')));
  form.addEventListener('submit', e => {
    e.preventDefault();
    const q = new URLSearchParams([...new FormData(form)].filter(([, v]) => v));
    location.hash = '#/commands' + (q.toString() ? '?' + q : '');
  });
  main.append(card(t('commands.title'), form, list));
  async function draw() {
    const q = new URLSearchParams([...params].filter(([k, v]) => v && ['station', 'action', 'status'].includes(k)));
    q.set('limit', '200');
    const page = await api('/api/commands?' + q);
    list.replaceChildren(page.items.length ? table(
      [t('commands.at'), t('stations.id'), t('commands.action'), t('commands.by'), t('commands.outcome'), t('commands.duration'), t('commands.answer')],
      page.items.map(c => ({ attrs: { 'data-command': c.id }, cells: [formatTime(c.requestedAt),
        h('a', { href: '#/stations/' + encodeURIComponent(c.stationId) }, c.stationId), c.action, c.requestedBy ?? '–',
        h('span', { class: `badge cmd-${c.status}` }, label('commandStatus', c.status)), formatDuration(c.durationMs),
        h('details', {}, h('summary', {}, answerSummary(c)),
          h('pre', { class: 'answer' }, `${t('commands.request')}: ${JSON.stringify(c.request, null, 2)}\n${t('commands.answer')}: `
            + JSON.stringify(c.response ?? c.error ?? null, null, 2)))] })), { 'data-testid': 'commands-table' })
      : h('p', { class: 'muted' }, t('common.none')));
  }
  await draw();
  let pending = null;
  const off = onEvent('command.answered', () => { clearTimeout(pending); pending = setTimeout(draw, 300); });
  return () => { off(); clearTimeout(pending); };
}

/** The answer in a few words: its status field if it has one, else the error code. */
function answerSummary(c) {
  if (c.response?.status) return String(c.response.status);
  if (c.error?.code) return c.error.code;
  return c.response ? '{…}' : '–';
}

// Sessions: live and finished, and one session's power/energy curve from its meter values.
import { h, card, table } from '../dom.js';
import { onEvent } from '../events.js';
import { formatNumber, formatTime, t } from '../i18n.js';
import { api } from '../api.js';
import { optional } from './optional.js';

export async function render(main) {
  const live = h('div', { 'data-testid': 'live-sessions' });
  const history = h('div');
  const canvas = h('canvas', { height: 90 });
  main.append(card(t('sessions.live'), live), card(t('sessions.history'), history), card(t('sessions.curve'), canvas));
  let chart = null;
  const rows = page => table([t('stations.id'), t('stations.connectors'), t('sessions.start'), t('sessions.end'), t('sessions.energy')],
    page.items.map(x => ({ attrs: { class: 'clickable', onclick: () => curve(x.id) },
      cells: [x.stationId, `${x.evseId ?? ''}`, formatTime(x.startedAt), formatTime(x.endedAt), formatNumber(x.energyKwh, 2)] })));
  async function draw() {
    live.replaceChildren(await optional('/api/sessions?active=true&limit=100', rows));
    history.replaceChildren(await optional('/api/sessions?active=false&limit=50', rows));
  }
  async function curve(id) {
    const samples = (await api(`/api/sessions/${encodeURIComponent(id)}/meter-values`)).items ?? [];
    chart?.destroy();
    chart = new Chart(canvas, { type: 'line', data: { labels: samples.map(s => formatTime(s.time)), datasets: [
      { label: 'kW', data: samples.map(s => s.powerKw), yAxisID: 'p' },
      { label: 'kWh', data: samples.map(s => s.energyKwh), yAxisID: 'e' }] },
      options: { animation: false, scales: { p: { position: 'left' }, e: { position: 'right' } } } });
  }
  await draw();
  let pending = null;
  const off = onEvent('*', e => { if (e.type.startsWith('session.')) { clearTimeout(pending); pending = setTimeout(draw, 500); } });
  return () => { off(); clearTimeout(pending); chart?.destroy(); };
}

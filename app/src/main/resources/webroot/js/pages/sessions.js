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
    page.items.map(x => ({ attrs: { class: 'clickable', 'data-session': x.id, onclick: () => curve(x.id) },
      cells: [x.stationId, `${x.evseId ?? ''}`, formatTime(x.startedAt), formatTime(x.endedAt),
        x.energyWh == null ? '–' : formatNumber(x.energyWh / 1000, 2)] })));
  async function draw() {
    live.replaceChildren(await optional('/api/sessions?status=ACTIVE&limit=100', rows));
    history.replaceChildren(await optional('/api/sessions?status=ENDED&limit=50', rows));
  }
  /** Power (latest W per minute) and energy (register Wh per minute, from the first reading) of one session. */
  async function curve(id) {
    const path = m => `/api/sessions/${encodeURIComponent(id)}/curve?measurand=${m}&bucket=PT1M`;
    const power = (await api(path('Power.Active.Import'))).items;
    const energy = (await api(path('Energy.Active.Import.Register'))).items;
    const start = energy.length ? Number(energy[0].last) : 0;
    const times = [...new Set([...power, ...energy].map(p => p.bucket))].sort();
    const at = (list, time) => list.find(p => p.bucket === time);
    chart?.destroy();
    chart = new Chart(canvas, { type: 'line', data: { labels: times.map(formatTime), datasets: [
      { label: 'kW', data: times.map(x => at(power, x) ? Number(at(power, x).last) / 1000 : null), yAxisID: 'p', spanGaps: true },
      { label: 'kWh', data: times.map(x => at(energy, x) ? (Number(at(energy, x).last) - start) / 1000 : null), yAxisID: 'e', spanGaps: true }] },
      options: { animation: false, scales: { p: { position: 'left' }, e: { position: 'right' } } } });
  }
  await draw();
  let pending = null;
  const off = onEvent('*', e => { if (e.type.startsWith('session.')) { clearTimeout(pending); pending = setTimeout(draw, 500); } });
  return () => { off(); clearTimeout(pending); chart?.destroy(); };
}

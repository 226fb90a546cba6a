// Sessions: live and finished; a row opens the session's page (curve, meter values, CDR, signed data).
import { h, card, table } from '../dom.js';
import { onEvent } from '../events.js';
import { formatNumber, formatTime, t } from '../i18n.js';
import { optional } from './optional.js';

export async function render(main) {
  const live = h('div', { 'data-testid': 'live-sessions' });
  const history = h('div', { 'data-testid': 'ended-sessions' });
  main.append(card(t('sessions.live'), live), card(t('sessions.history'), history));
  const rows = page => table([t('stations.id'), t('stations.connectors'), t('sessions.start'), t('sessions.end'), t('sessions.energy')],
    page.items.map(x => ({ attrs: { 'data-session': x.id },
      cells: [h('a', { href: `#/sessions/${x.id}`, 'aria-label': `${t('sessions.detail')} ${x.id}, ${x.stationId}` }, x.stationId), `${x.evseId ?? ''}`,
        formatTime(x.startedAt), formatTime(x.endedAt), x.energyWh == null ? '–' : formatNumber(x.energyWh / 1000, 2)] })));
  async function draw() {
    live.replaceChildren(await optional('/api/sessions?status=ACTIVE&limit=100', rows));
    history.replaceChildren(await optional('/api/sessions?status=ENDED&limit=50', rows));
  }
  await draw();
  let pending = null;
  const off = onEvent('*', e => { if (e.type.startsWith('session.')) { clearTimeout(pending); pending = setTimeout(draw, 500); } });
  return () => { off(); clearTimeout(pending); };
}

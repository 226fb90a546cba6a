// Faults: what is faulted or offline now and since when, with error codes; operators acknowledge with a comment.
import { api } from '../api.js';
import { h, card, table } from '../dom.js';
import { onEvent } from '../events.js';
import { formatTime, label, t } from '../i18n.js';

export async function render(main, _, { who }) {
  const body = h('div', { 'data-testid': 'faults' });
  main.append(card(t('nav.faults'), body));
  async function draw() {
    const faults = (await api('/api/faults')).items;
    body.replaceChildren(faults.length ? table(
      [t('stations.id'), t('stations.district'), t('faults.kind'), t('stations.connectors'), t('common.since'), t('faults.errorCode'), t('faults.acknowledge')],
      faults.map(f => ({ attrs: { 'data-fault': `${f.stationId}/${f.kind}/${f.evseId}` }, cells: [
        h('a', { href: '#/stations/' + encodeURIComponent(f.stationId) }, f.stationId), f.district ?? '–', t('faults.kind.' + f.kind),
        f.kind === 'CONNECTOR' ? `${f.evseId}/${f.connectorId}` : '–', formatTime(f.since),
        [f.errorCode ? label('errorCode', f.errorCode) : null, f.vendorErrorCode, f.info].filter(Boolean).join(' · ') || '–', ackCell(f)] }))) : h('p', { class: 'muted' }, t('common.none')));
  }
  function ackCell(f) {
    if (f.acknowledgement) {
      return h('span', {}, t('faults.acknowledged', { by: f.acknowledgement.by }), ' ', formatTime(f.acknowledgement.at),
        f.acknowledgement.comment ? h('div', { class: 'muted' }, f.acknowledgement.comment) : null);
    }
    if (who.role === 'viewer') return '–';
    const comment = h('input', { placeholder: t('faults.comment'), 'aria-label': t('faults.comment'), maxlength: 2000 });
    return h('span', { class: 'toolbar' }, comment, h('button', { type: 'button', onclick: async () => {
      await api('/api/faults/acknowledgements', { method: 'POST', body: { stationId: f.stationId, kind: f.kind, evseId: f.evseId,
        connectorId: f.connectorId, since: f.since, comment: comment.value } });
      draw();
    } }, t('faults.acknowledge')));
  }
  await draw();
  let pending = null;
  const off = onEvent('*', () => { clearTimeout(pending); pending = setTimeout(draw, 500); });
  return () => { off(); clearTimeout(pending); };
}

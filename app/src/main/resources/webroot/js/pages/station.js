// Station detail: live connectors, status timeline, sessions, configuration, security events, remote commands
// (the answer shown is the one the POST returns; command.answered events only refresh the connectors).
import { api, ApiError } from '../api.js';
import { h, card, table, confirmDialog } from '../dom.js';
import { onEvent } from '../events.js';
import { formatNumber, formatTime, label, t } from '../i18n.js';
import { optional } from './optional.js';

/** Remote commands offered here: the OCPP action (the URL's last part), its label, and the payload per version. */
const COMMANDS = [
  { action: 'Reset', label: 'command.Reset', body: { 'ocpp1.6': { type: 'Soft' }, 'ocpp2.0.1': { type: 'Immediate' } } },
  { action: 'UnlockConnector', label: 'command.UnlockConnector',
    body: { 'ocpp1.6': { connectorId: 1 }, 'ocpp2.0.1': { evseId: 1, connectorId: 1 } } },
  { action: 'TriggerMessage', label: 'command.TriggerMessage',
    body: { 'ocpp1.6': { requestedMessage: 'StatusNotification' }, 'ocpp2.0.1': { requestedMessage: 'StatusNotification' } } },
  // the answer is stored in the device model, shown below as the station's configuration
  { action: 'GetConfiguration', label: 'command.ReadConfiguration', versions: ['ocpp1.6'], body: { 'ocpp1.6': {} } },
  { action: 'GetBaseReport', label: 'command.ReadConfiguration', versions: ['ocpp2.0.1'],
    body: { 'ocpp2.0.1': { requestId: 1, reportBase: 'ConfigurationInventory' } } },
  { action: 'ChangeAvailability', label: 'command.Inoperative',
    body: { 'ocpp1.6': { connectorId: 0, type: 'Inoperative' }, 'ocpp2.0.1': { operationalStatus: 'Inoperative' } } },
  { action: 'ChangeAvailability', label: 'command.Operative',
    body: { 'ocpp1.6': { connectorId: 0, type: 'Operative' }, 'ocpp2.0.1': { operationalStatus: 'Operative' } } },
];

export async function render(main, [id], { who }) {
  const s = await api('/api/stations/' + encodeURIComponent(id));
  const connectors = h('div', { 'data-testid': 'connectors' });
  const timeline = h('div', { 'data-testid': 'timeline' });
  const answer = h('div', { class: 'answer', 'data-testid': 'command-answer', hidden: true });

  function drawConnectors(list) {
    connectors.replaceChildren(table([t('stations.connectors'), t('stations.status'), t('faults.errorCode'), t('common.since')],
      list.map(c => ({ attrs: { 'data-connector': `${c.evseId}/${c.connectorId}` }, cells: [`${c.evseId}/${c.connectorId}`,
        h('span', { class: `badge ${c.status}`, title: c.protocolStatus }, label('ocppStatus', c.protocolStatus ?? c.status)),
        c.errorCode && c.errorCode !== 'NoError' ? label('errorCode', c.errorCode) : '–', formatTime(c.statusAt)] }))));
  }
  async function drawTimeline() {
    const history = await api(`/api/stations/${encodeURIComponent(id)}/status-history?days=7&limit=200`);
    timeline.replaceChildren(history.items.length ? table([t('sessions.time'), t('stations.connectors'), t('stations.status'), t('faults.errorCode')],
      history.items.map(e => ({ cells: [formatTime(e.time), `${e.evseId}/${e.connectorId}`,
        h('span', { class: `badge ${e.status}` }, label('ocppStatus', e.protocolStatus)), e.errorCode && e.errorCode !== 'NoError' ? label('errorCode', e.errorCode) : ''] })))
      : h('p', { class: 'muted' }, t('common.none')));
  }

  async function send(cmd) {
    const ok = await confirmDialog(t('station.command.confirm', { action: t(cmd.label), station: id }), t('common.confirm'), t('common.cancel'));
    if (!ok) return;
    answer.hidden = false;
    answer.textContent = t('common.loading');
    delete answer.dataset.refused;
    try {
      const result = await api(`/api/stations/${encodeURIComponent(id)}/commands/${cmd.action}`, { method: 'POST', body: cmd.body[s.protocolVersion] ?? cmd.body['ocpp1.6'] });
      answer.textContent = `${t('station.command.answer')} (${result.action}, ${label('commandStatus', result.status)}):\n`
        + JSON.stringify(result.response ?? result.error ?? {}, null, 2);
    } catch (err) {
      answer.textContent = `${t('station.command.refused')}: ${err instanceof ApiError ? `${err.status} ${err.code} – ${err.message}` : err.message}`;
      answer.dataset.refused = 'true';
    }
  }

  const canCommand = who.role !== 'viewer';
  main.append(
    card(`${t('station.title')} ${s.id}`, h('p', {},
      h('span', { class: `badge ${s.online ? 'online' : 'offline'}`, 'data-testid': 'online' }, t(s.online ? 'status.online' : 'status.offline')), ' ',
      `${s.protocolVersion ?? ''} · ${[s.vendor, s.model].filter(Boolean).join(' ')} · ${t('station.firmware')} ${s.firmwareVersion ?? '–'} · `
      + `${t('station.serial')} ${s.serialNumber ?? '–'} · ${t('stations.district')} ${s.district ?? '–'} · ${t('station.address')} ${s.address ?? '–'}`)),
    h('div', { class: 'grid2' },
      card(t('station.connectors'), connectors),
      card(t('station.commands'),
        h('div', { class: 'toolbar' }, COMMANDS.filter(c => !c.versions || c.versions.includes(s.protocolVersion))
          .map(c => h('button', { type: 'button', 'data-command': c.label.replace('command.', ''),
          title: canCommand ? '' : t('role.viewer'), onclick: () => send(c) }, t(c.label)))),
        answer, h('p', {}, h('a', { href: `#/commands?station=${encodeURIComponent(id)}`, 'data-testid': 'station-commands-link' }, t('nav.commands'))))),
    h('div', { class: 'grid2' },
      card(t('station.timeline'), timeline),
      card(t('station.sessions'), await optional(`/api/sessions?station=${encodeURIComponent(id)}&limit=20`,
        page => table([t('stations.connectors'), t('sessions.start'), t('sessions.end'), t('sessions.energy')],
          page.items.map(x => ({ cells: [h('a', { href: `#/sessions/${x.id}` }, `${x.evseId ?? '–'} · ${x.id}`), formatTime(x.startedAt), formatTime(x.endedAt),
            x.energyWh == null ? '–' : formatNumber(x.energyWh / 1000, 2)] })))))),
    h('div', { class: 'grid2' },
      card(t('station.config'), await optional(`/api/stations/${encodeURIComponent(id)}/variables`,
        dm => dm.items.length ? table([t('devmodel.component'), t('devmodel.variable'), t('devmodel.actual'), t('devmodel.target')], dm.items.map(v => ({ cells: [
          [v.component.name, v.component.instance, v.component.evseId ? 'EVSE ' + v.component.evseId : ''].filter(Boolean).join(' · '),
          [v.variable.name, v.variable.instance].filter(Boolean).join(' · '),
          attribute(v, 'Actual'), attribute(v, 'Target')] })))
          : h('p', { class: 'muted' }, t('common.none')))),
      card(t('station.security'), await optional(`/api/stations/${encodeURIComponent(id)}/security-events?limit=50`,
        page => page.items.length ? table([t('sessions.time'), t('security.type'), t('security.info')], page.items.map(e => ({ cells: [formatTime(e.time), e.type, e.techInfo ?? ''] })))
          : h('p', { class: 'muted' }, t('common.none'))))));
  drawConnectors(s.connectors);
  await drawTimeline();
  const off = onEvent('*', async e => {
    if (e.stationId !== id) return;
    const fresh = await api('/api/stations/' + encodeURIComponent(id));
    drawConnectors(fresh.connectors);
    if (e.type === 'connector.status') drawTimeline();
  });
  return off;
}

/** One attribute's value of a reported variable, or a dash. */
function attribute(v, type) {
  const a = (v.attributes ?? []).find(x => x.type === type);
  return a?.value ?? '–';
}

// One session: its facts, the power and energy curve on a readable time axis, the meter values, the CDR
// billing made from it and the signed meter data (Eichrecht) as the station sent it.
import { api } from '../api.js';
import { card, h, table } from '../dom.js';
import { formatMoney, formatNumber, formatTime, label, t } from '../i18n.js';
import { timeChart } from '../charts-common.js';
import { optional } from './optional.js';

export async function render(main, [id]) {
  const s = await api('/api/sessions/' + encodeURIComponent(id));
  const samples = (await api(`/api/sessions/${encodeURIComponent(id)}/curve`)).items;
  const canvas = h('canvas', { role: 'img', 'aria-label': t('sessions.curve') });
  const facts = [
    [t('sessions.station'), h('a', { href: '#/stations/' + encodeURIComponent(s.stationId) }, s.stationId)],
    [t('stations.connectors'), `${s.evseId ?? '–'}/${s.connectorId ?? '–'}`],
    [t('sessions.status'), `${label('sessionStatus', s.status)}${s.chargingState ? ' · ' + label('ocppStatus', s.chargingState) : ''}`],
    [t('sessions.start'), formatTime(s.startedAt)], [t('sessions.end'), formatTime(s.endedAt)],
    [t('sessions.energy'), s.energyWh == null ? '–' : formatNumber(s.energyWh / 1000, 3)],
    [t('sessions.idToken'), s.idToken?.value ?? s.idToken ?? '–'], [t('sessions.stopReason'), label('stopReason', s.stopReason)],
    [t('sessions.meterSerial'), s.meterSerialNumber ?? '–'], ['OCPP', `${s.protocolVersion ?? ''} · ${s.transactionId ?? ''}`],
  ];
  main.append(
    card(`${t('sessions.detail')} ${s.id}`, h('dl', { class: 'facts', 'data-testid': 'session-facts' }, facts.flatMap(([k, v]) => [h('dt', {}, k), h('dd', {}, v)]))),
    card(t('sessions.curve'), h('div', { class: 'chart-box' }, canvas)),
    h('div', { class: 'grid2' },
      card(t('sessions.cdr'), await optional(`/api/cdrs?session=${encodeURIComponent(id)}`, page => page.items.length
        ? table([t('billing.id'), t('billing.energy'), t('billing.net'), t('billing.gross'), t('billing.signed')], page.items.map(c => ({ cells: [
          h('a', { href: `/api/cdrs/${c.id}/ocpi`, target: '_blank' }, c.id.slice(0, 8)), formatNumber(c.energyWh / 1000, 3),
          formatMoney(c.totalNet, c.currency), formatMoney(c.totalGross, c.currency), c.signed ? t('common.yes') : t('common.no')] })), { 'data-testid': 'session-cdr' })
        : h('p', { class: 'muted' }, t('common.none')))),
      card(t('sessions.signed'), await optional(`/api/sessions/${encodeURIComponent(id)}/signed-values`, page => page.items.length
        ? table([t('sessions.time'), t('sessions.measurand'), t('sessions.signingMethod'), t('sessions.signedData')], page.items.map(v => ({ cells: [
          formatTime(v.time), v.measurand, [v.encodingMethod, v.signingMethod].filter(Boolean).join(' · ') || '–',
          h('code', { class: 'signed' }, v.signedData)] })), { 'data-testid': 'session-signed' })
        : h('p', { class: 'muted' }, t('common.none'))))),
    card(t('sessions.meterValues'), samples.length
      ? table([t('sessions.time'), t('sessions.measurand'), t('sessions.value'), t('sessions.context')], samples.slice(-200).reverse().map(m => ({ cells: [
        formatTime(m.time), [m.measurand, m.phase].filter(Boolean).join(' '), `${formatNumber(Number(m.value), 2)} ${m.unit ?? ''}`, m.context ?? ''] })),
      { 'data-testid': 'session-meter-values' })
      : h('p', { class: 'muted' }, t('common.none'))));
  const power = samples.filter(m => m.measurand === 'Power.Active.Import' && !m.phase).map(m => ({ time: m.time, value: scaled(m) / 1000 }));
  const energy = samples.filter(m => m.measurand === 'Energy.Active.Import.Register' && !m.phase);
  const start = energy.length ? scaled(energy[0]) : 0;
  const chart = timeChart(canvas, [
    { label: t('sessions.power'), colour: '#00778b', points: power },
    { label: t('sessions.energyAxis'), colour: '#b54708', axis: 'y2', points: energy.map(m => ({ time: m.time, value: (scaled(m) - start) / 1000 })) },
  ], { yTitle: 'kW', y2Title: 'kWh' });
  return () => chart.destroy();
}

/** A sample's value in W or Wh (kW and kWh readings scaled up). */
function scaled(m) {
  const v = Number(m.value);
  return m.unit === 'kW' || m.unit === 'kWh' ? v * 1000 : v;
}

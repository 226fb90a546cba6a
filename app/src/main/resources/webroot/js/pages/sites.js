// Load management per site (issue 16): the power the allocator gives the running sessions plus the base load
// against the site's limit, each session's allocation with its reason, and the grid operator's §14a state.
import { api } from '../api.js';
import { h, card, table } from '../dom.js';
import { onEvent } from '../events.js';
import { formatNumber, formatPercent, formatTime, label, t } from '../i18n.js';

export async function render(main) {
  const body = h('div', { 'data-testid': 'sites' });
  main.append(body);
  async function draw() {
    const sites = (await api('/api/grid/sites')).items;
    if (!sites.length) {
      body.replaceChildren(card(t('nav.sites'), h('p', { class: 'muted' }, t('sites.none'))));
      return;
    }
    const allocations = await Promise.all(sites.map(s => api(`/api/grid/sites/${encodeURIComponent(s.site.id)}/allocations`).then(r => r.items)));
    body.replaceChildren(...sites.map((s, i) => siteCard(s.site, s.reductions, allocations[i])));
  }
  await draw();
  const timer = setInterval(draw, 15000);
  let pending = null;
  const off = onEvent('*', () => { clearTimeout(pending); pending = setTimeout(draw, 1000); });
  return () => { off(); clearInterval(timer); clearTimeout(pending); };
}

function siteCard(site, reductions, allocations) {
  const total = site.allocatedKw + site.baseLoadKw;
  const share = total / site.limitKw;
  const title = site.name ? `${site.name} (${site.id})` : site.id;
  return h('section', { class: 'card', 'data-site': site.id }, h('h2', {}, title),
    h('p', {}, t('sites.power', { total: formatNumber(total), limit: formatNumber(site.limitKw), share: formatPercent(share) }),
      ' · ', t('sites.parts', { ev: formatNumber(site.allocatedKw), base: formatNumber(site.baseLoadKw) }),
      site.transformerId ? ` · ${t('sites.transformer')}: ${site.transformerId}` : ''),
    h('progress', { max: 1, value: Math.min(share, 1), 'aria-label': t('sites.powerOfLimit', { site: site.id }),
      class: share > 1 ? 'over' : '' }),
    h('h3', {}, t('sites.reduction')),
    reductions.length ? h('ul', {}, reductions.map(r => h('li', { 'data-reduction': r.id },
      t(r.active ? 'sites.reductionActive' : 'sites.reductionPlanned', { kw: formatNumber(r.powerKw), from: formatTime(r.from),
        until: formatTime(r.until) }), ` · ${t('sites.requestedBy')}: ${r.requestedBy}`, r.reference ? ` · ${r.reference}` : '')))
      : h('p', { class: 'muted' }, t('sites.noReduction')),
    h('h3', {}, t('sites.allocations')),
    allocations.length ? table([t('stations.id'), t('sites.evse'), t('sites.amps'), t('sites.phases'), 'kW', t('sites.reason'), t('common.since')],
      allocations.map(a => ({ attrs: { 'data-allocation': `${a.stationId}/${a.evseId}` }, cells: [
        h('a', { href: '#/stations/' + encodeURIComponent(a.stationId) }, a.stationId), String(a.evseId),
        formatNumber(a.amps), String(a.phases), formatNumber(a.amps * a.phases * 0.23),
        [label('allocation', a.reason), a.detail].filter(Boolean).join(' · '), formatTime(a.at)] })))
      : h('p', { class: 'muted' }, t('sites.noSessions')));
}

// The dashboard shell: who is logged in, navigation by URL hash, language switch, the live event stream.
// A new page: a file js/pages/<name>.js exporting render(main, params, {who, settings}) (optionally returning a
// cleanup function), one ROUTES line here, one nav link in index.html, its strings in i18n/de.json and en.json.
import { api, me, rememberCsrf } from './api.js';
import { connectEvents } from './events.js';
import { lang, loadMessages, setLanguage, t, translate, useZone } from './i18n.js';
import * as overview from './pages/overview.js';
import * as stations from './pages/stations.js';
import * as station from './pages/station.js';
import * as sessions from './pages/sessions.js';
import * as faults from './pages/faults.js';
import * as charts from './pages/charts.js';
import * as users from './pages/users.js';
import * as sites from './pages/sites.js';
import * as session from './pages/session.js';
import * as commands from './pages/commands.js';
import * as billing from './pages/billing.js';
import * as planning from './pages/planning.js';
import * as planningMap from './pages/planning-map.js';
import * as meterKeys from './pages/meter-keys.js';

const ROUTES = [
  [/^#\/overview$/, overview],
  [/^#\/stations$/, stations],
  [/^#\/stations\/(.+)$/, station],
  [/^#\/sessions$/, sessions],
  [/^#\/sessions\/(\d+)$/, session],
  [/^#\/commands(?:\?(.*))?$/, commands],
  [/^#\/faults$/, faults],
  [/^#\/charts$/, charts],
  [/^#\/users$/, users],
  [/^#\/sites$/, sites],
  [/^#\/billing(?:\/(\w+))?$/, billing],
  [/^#\/planning$/, planning],
  [/^#\/planning-map$/, planningMap],
  [/^#\/meter-keys$/, meterKeys],
];

await loadMessages();
translate();
const who = await me();
const settings = await api('/api/dashboard/settings').catch(() => ({ zone: 'Europe/Berlin', mapTileUrl: null }));
useZone(settings.zone);
document.getElementById('who').textContent = `${who.username} (${t('role.' + who.role)})`;
document.body.dataset.role = who.role;
document.querySelectorAll('[data-role="admin"]').forEach(el => { el.hidden = who.role !== 'admin'; });
const langSelect = document.getElementById('lang');
langSelect.value = lang;
langSelect.addEventListener('change', () => setLanguage(langSelect.value));
document.getElementById('logout').addEventListener('click', async () => {
  await api('/api/auth/logout', { method: 'POST' }).catch(() => null);
  rememberCsrf(null);
  location.href = '/login.html';
});
connectEvents(document.getElementById('live'));
// the skip link must not change the hash (that is the router's): it moves the focus to the page instead
document.querySelector('.skip')?.addEventListener('click', e => { e.preventDefault(); document.getElementById('page').focus(); });

let cleanup = null;
async function route() {
  const hash = location.hash || '#/overview';
  const main = document.getElementById('page');
  if (cleanup) cleanup();
  cleanup = null;
  main.replaceChildren();
  document.querySelectorAll('#nav a').forEach(a => {
    const current = hash === a.getAttribute('href') || hash.startsWith(a.getAttribute('href') + '/') || hash.startsWith(a.getAttribute('href') + '?');
    a.classList.toggle('active', current);
    if (current) a.setAttribute('aria-current', 'page'); else a.removeAttribute('aria-current');
  });
  for (const [pattern, page] of ROUTES) {
    const m = hash.match(pattern);
    if (m) {
      try {
        cleanup = await page.render(main, m.slice(1).map(x => (x === undefined ? undefined : decodeURIComponent(x))), { who, settings });
        const title = main.querySelector('h1, h2');
        document.title = title ? `${title.textContent} – Ladewerk` : 'Ladewerk';
      } catch (err) {
        main.append(Object.assign(document.createElement('p'), { className: 'error', textContent: `${t('common.error')}: ${err.message}` }));
      }
      return;
    }
  }
  location.hash = '#/overview';
}
window.addEventListener('hashchange', route);
route();

// The dashboard shell: who is logged in, navigation by URL hash, language switch, the live event stream.
import { api, me, rememberCsrf } from './api.js';
import { connectEvents } from './events.js';
import { lang, loadMessages, setLanguage, t, translate } from './i18n.js';
import * as overview from './pages/overview.js';
import * as stations from './pages/stations.js';
import * as station from './pages/station.js';
import * as sessions from './pages/sessions.js';
import * as faults from './pages/faults.js';
import * as charts from './pages/charts.js';
import * as users from './pages/users.js';
import * as meterKeys from './pages/meter-keys.js';

const ROUTES = [
  [/^#\/overview$/, overview],
  [/^#\/stations$/, stations],
  [/^#\/stations\/(.+)$/, station],
  [/^#\/sessions$/, sessions],
  [/^#\/faults$/, faults],
  [/^#\/charts$/, charts],
  [/^#\/users$/, users],
  [/^#\/meter-keys$/, meterKeys],
];

await loadMessages();
translate();
const who = await me();
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

let cleanup = null;
async function route() {
  const hash = location.hash || '#/overview';
  const main = document.getElementById('page');
  if (cleanup) cleanup();
  cleanup = null;
  main.replaceChildren();
  document.querySelectorAll('#nav a').forEach(a => a.classList.toggle('active', hash.startsWith(a.getAttribute('href'))));
  for (const [pattern, page] of ROUTES) {
    const m = hash.match(pattern);
    if (m) {
      try {
        cleanup = await page.render(main, m.slice(1).map(decodeURIComponent), { who });
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

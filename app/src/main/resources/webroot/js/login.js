import { api, rememberCsrf } from './api.js';
import { lang, loadMessages, setLanguage, t, translate } from './i18n.js';

await loadMessages();
translate();
const langSelect = document.getElementById('lang');
langSelect.value = lang;
langSelect.addEventListener('change', () => setLanguage(langSelect.value));

document.getElementById('login').addEventListener('submit', async e => {
  e.preventDefault();
  const form = new FormData(e.target);
  const message = document.getElementById('message');
  message.textContent = '';
  try {
    const who = await api('/api/auth/login', { method: 'POST', body: { username: form.get('username'), password: form.get('password') } });
    rememberCsrf(who.csrfToken);
    const next = new URLSearchParams(location.search).get('next');
    location.href = '/' + (next && next.startsWith('#/') ? next : '#/overview');
  } catch (err) {
    message.textContent = err.status === 429 ? t('login.throttled') : t('login.failed');
  }
});

// Users and API tokens (admins only).
import { api } from '../api.js';
import { h, card, table } from '../dom.js';
import { formatTime, t } from '../i18n.js';

const ROLES = ['viewer', 'operator', 'grid-operator', 'admin'];
const roleSelect = () => h('select', { name: 'role', 'aria-label': t('users.role') }, ROLES.map(r => h('option', { value: r }, t('role.' + r))));

export async function render(main) {
  const users = h('div');
  const tokens = h('div');
  const message = h('p', { class: 'answer', hidden: true, 'data-testid': 'users-message' });
  const userForm = h('form', { class: 'toolbar' }, h('input', { name: 'username', placeholder: t('login.username'), 'aria-label': t('login.username'), required: true }),
    h('input', { name: 'password', type: 'password', placeholder: t('login.password'), 'aria-label': t('login.password'), required: true, minlength: 12, autocomplete: 'new-password' }),
    roleSelect(), h('button', {}, t('users.create')));
  const tokenForm = h('form', { class: 'toolbar' }, h('input', { name: 'name', placeholder: t('users.tokenName'), 'aria-label': t('users.tokenName'), required: true }),
    roleSelect(), h('button', {}, t('users.createToken')));
  main.append(card(t('users.title'), userForm, users), card(t('users.tokens'), tokenForm, message, tokens));

  async function draw() {
    const u = (await api('/api/users')).items;
    users.replaceChildren(table([t('login.username'), t('users.role'), t('users.newPassword'), ''], u.map(x => ({ attrs: { 'data-user': x.username },
      cells: [x.username, t('role.' + x.role), passwordForm(x.username),
        h('button', { type: 'button', class: 'secondary', onclick: () => remove(`/api/users/${encodeURIComponent(x.username)}`) }, t('users.delete'))] }))));
    const k = (await api('/api/tokens')).items;
    tokens.replaceChildren(table([t('users.tokenName'), t('users.role'), t('stations.lastSeen'), ''], k.map(x => ({ cells: [x.name, t('role.' + x.role),
      formatTime(x.lastUsedAt), h('button', { type: 'button', class: 'secondary', onclick: () => remove(`/api/tokens/${x.id}`) }, t('users.delete'))] }))));
  }
  /** Sets a user's password (the first run's generated one, a forgotten one); their sessions end. */
  function passwordForm(username) {
    const input = h('input', { type: 'password', minlength: 12, required: true, autocomplete: 'new-password',
      'aria-label': `${t('users.newPassword')}: ${username}` });
    const form = h('form', { class: 'toolbar' }, input, h('button', { class: 'secondary' }, t('users.setPassword')));
    form.addEventListener('submit', async e => {
      e.preventDefault();
      try {
        await api(`/api/users/${encodeURIComponent(username)}/password`, { method: 'PUT', body: { password: input.value } });
        form.reset();
        show(t('users.passwordSet', { user: username }));
      } catch (err) { show(err.message); }
    });
    return form;
  }
  async function remove(path) {
    try { await api(path, { method: 'DELETE' }); } catch (err) { show(err.message); }
    draw();
  }
  function show(text) { message.hidden = false; message.textContent = text; }
  userForm.addEventListener('submit', async e => {
    e.preventDefault();
    const f = new FormData(userForm);
    try { await api('/api/users', { method: 'POST', body: Object.fromEntries(f) }); userForm.reset(); } catch (err) { show(err.message); }
    draw();
  });
  tokenForm.addEventListener('submit', async e => {
    e.preventDefault();
    try {
      const made = await api('/api/tokens', { method: 'POST', body: Object.fromEntries(new FormData(tokenForm)) });
      show(`${t('users.tokenShown')} ${made.token}`);
      tokenForm.reset();
    } catch (err) { show(err.message); }
    draw();
  });
  await draw();
}

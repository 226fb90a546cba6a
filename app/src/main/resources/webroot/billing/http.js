// Shared by the billing and planning pages: JSON calls with the dashboard session's CSRF token,
// the API's uniform error body shown as text, elements built with text (never HTML), and the strings.
export async function call(path, { method = 'GET', body, raw } = {}) {
  const headers = { Accept: 'application/json' };
  if (body !== undefined) headers['Content-Type'] = raw ? 'application/yaml' : 'application/json';
  const csrf = sessionStorage.getItem('ladewerk.csrf');
  if (method !== 'GET' && csrf) headers['X-CSRF-Token'] = csrf;
  const res = await fetch(path, { method, headers, body: body === undefined ? undefined : raw ? body : JSON.stringify(body) });
  if (res.status === 401) { location.href = '/login.html'; throw new Error('401'); }
  const type = res.headers.get('Content-Type') || '';
  const data = type.includes('json') ? await res.json() : await res.text();
  if (!res.ok) throw new Error(data && data.error ? data.error.message : `${res.status}`);
  return data;
}

export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === null || v === false) continue;
    if (k.startsWith('on')) el.addEventListener(k.slice(2), v);
    else if (k === 'class') el.className = v;
    else el.setAttribute(k, v === true ? '' : v);
  }
  for (const c of children.flat()) {
    if (c !== null && c !== undefined && c !== false) el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return el;
}

/** The page language: the dashboard's choice, else the browser's, German by default. */
export function language() {
  const chosen = localStorage.getItem('ladewerk.lang') || (navigator.language || 'de').slice(0, 2);
  return chosen === 'en' ? 'en' : 'de';
}

/** A translator over {de: {...}, en: {...}}; unknown keys show as the key. */
export function translator(strings) {
  const table = strings[language()];
  return (key, ...args) => (table[key] || strings.de[key] || key).replace(/\{(\d)\}/g, (_, i) => args[i]);
}

/** Shows an error (or clears it) in the page's status line. */
export function status(el, error) {
  el.textContent = error ? String(error.message || error) : '';
  el.className = error ? 'error' : '';
}

export function table(headers, rows) {
  return h('table', {}, h('thead', {}, h('tr', {}, headers.map(x => h('th', {}, x)))),
    h('tbody', {}, rows.map(r => h('tr', {}, r.map(c => h('td', {}, c))))));
}

export const money = (v, cur = 'EUR') => v === null || v === undefined ? '' :
  Number(v).toLocaleString(language(), { style: 'currency', currency: cur });

// The API client: JSON in and out, the session's CSRF token on every change, a 401 sends the browser to the login page.
let csrfToken = sessionStorage.getItem('ladewerk.csrf');

export function rememberCsrf(token) {
  csrfToken = token;
  if (token) sessionStorage.setItem('ladewerk.csrf', token); else sessionStorage.removeItem('ladewerk.csrf');
}

export class ApiError extends Error {
  constructor(status, code, message) {
    super(message);
    this.status = status;
    this.code = code;
  }
}

/**
 * Calls the API. {body} is sent as JSON, or as text with {contentType} (e.g. YAML); a JSON answer is parsed,
 * any other answer returned as text.
 */
export async function api(path, { method = 'GET', body, contentType } = {}) {
  const headers = { Accept: 'application/json' };
  if (body !== undefined) headers['Content-Type'] = contentType ?? 'application/json';
  if (method !== 'GET' && csrfToken) headers['X-CSRF-Token'] = csrfToken;
  const payload = body === undefined ? undefined : contentType ? body : JSON.stringify(body);
  const res = await fetch(path, { method, headers, body: payload, credentials: 'same-origin' });
  if (res.status === 401 && !path.startsWith('/api/auth/login')) {
    location.href = '/login.html?next=' + encodeURIComponent(location.hash);
    throw new ApiError(401, 'unauthenticated', 'not logged in');
  }
  if (res.status === 204) return null;
  const text = await res.text();
  const json = (res.headers.get('Content-Type') ?? '').includes('json');
  const data = !text ? null : json ? JSON.parse(text) : text;
  if (!res.ok) {
    const err = (json && data?.error) || {};
    throw new ApiError(res.status, err.code ?? 'error', err.message ?? res.statusText);
  }
  return data;
}

/** Every item of a paged list resource ({items, total, limit, offset}). */
export async function all(path, pageSize = 500) {
  const items = [];
  for (let offset = 0; ; offset += pageSize) {
    const sep = path.includes('?') ? '&' : '?';
    const page = await api(`${path}${sep}limit=${pageSize}&offset=${offset}`);
    items.push(...page.items);
    if (items.length >= page.total || page.items.length === 0) return items;
  }
}

/** Who is logged in ({username, role, csrfToken}). */
export async function me() {
  const who = await api('/api/auth/me');
  if (who.csrfToken) rememberCsrf(who.csrfToken);
  return who;
}

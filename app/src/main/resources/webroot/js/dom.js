// Small DOM helpers: elements from tag, attributes and children, with text always set as text (never as HTML).
export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === null || v === false) continue;
    if (k.startsWith('on')) el.addEventListener(k.slice(2), v);
    else if (k === 'class') el.className = v;
    else if (k === 'dataset') Object.assign(el.dataset, v);
    else el.setAttribute(k, v === true ? '' : v);
  }
  for (const c of children.flat()) {
    if (c === null || c === undefined || c === false) continue;
    el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return el;
}

/** A table with header keys (translated by the caller) and rows of cells. */
export function table(headers, rows, attrs = {}) {
  return h('table', attrs, h('thead', {}, h('tr', {}, headers.map(x => h('th', {}, x)))),
    h('tbody', {}, rows.map(r => h('tr', r.attrs ?? {}, r.cells.map(c => h('td', {}, c))))));
}

export function card(title, ...body) {
  return h('section', { class: 'card' }, title ? h('h2', {}, title) : null, ...body);
}

/** A modal confirmation; resolves true when confirmed. */
export function confirmDialog(message, confirmText, cancelText) {
  return new Promise(resolve => {
    const dialog = h('dialog', { class: 'confirm', 'data-testid': 'confirm-dialog' },
      h('p', {}, message),
      h('div', { class: 'buttons' },
        h('button', { type: 'button', class: 'secondary', onclick: () => { dialog.close(); resolve(false); } }, cancelText),
        h('button', { type: 'button', 'data-testid': 'confirm-ok', onclick: () => { dialog.close(); resolve(true); } }, confirmText)));
    dialog.addEventListener('close', () => dialog.remove());
    document.body.append(dialog);
    dialog.showModal();
  });
}

/** A labelled form field: the label text above its input (forms stay readable and screen readers name the input). */
export function field(labelText, input) {
  return h('label', { class: 'field' }, h('span', {}, labelText), input);
}

/** A status line for a page's actions: show(text), fail(error), clear(). Announced to screen readers. */
export function statusLine() {
  const el = h('p', { role: 'status', class: 'status', 'data-testid': 'status' });
  return {
    el,
    show(text) { el.className = 'status'; el.textContent = text; },
    fail(error) { el.className = 'status error'; el.textContent = String(error?.message ?? error); },
    clear() { el.className = 'status'; el.textContent = ''; },
  };
}

/** Sub-page tabs as links (#/base/name); the current one marked for screen readers. */
export function tabs(base, names, current, labelOf) {
  return h('nav', { class: 'tabs', 'aria-label': labelOf('') || base },
    names.map(n => h('a', { href: `#/${base}/${n}`, 'aria-current': n === current ? 'page' : null }, labelOf(n))));
}

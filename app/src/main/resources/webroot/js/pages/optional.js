// Sections whose API another module provides: until that endpoint exists (404 not_found), say so instead of failing.
import { api } from '../api.js';
import { h } from '../dom.js';
import { t } from '../i18n.js';

export async function optional(path, draw) {
  try {
    return draw(await api(path));
  } catch (err) {
    if (err.status === 404 && err.code === 'not_found') return h('p', { class: 'muted' }, t('common.notYet'));
    return h('p', { class: 'error' }, `${t('common.error')}: ${err.message}`);
  }
}

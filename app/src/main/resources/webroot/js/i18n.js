// Messages in German (default) and English, from /i18n/<lang>.json. The chosen language is kept in localStorage.
const LANGS = ['de', 'en'];
let messages = {};
export let lang = 'de';

export async function loadMessages() {
  const stored = localStorage.getItem('ladewerk.lang');
  lang = LANGS.includes(stored) ? stored : 'de';
  document.documentElement.lang = lang;
  const res = await fetch(`/i18n/${lang}.json`);
  messages = await res.json();
}

export function setLanguage(next) {
  localStorage.setItem('ladewerk.lang', next);
  location.reload();
}

/** The message for key with {name} placeholders filled; the key itself if it is missing. */
export function t(key, params = {}) {
  const text = messages[key] ?? key;
  return text.replace(/\{(\w+)\}/g, (_, name) => params[name] ?? '');
}

/** Fills every element's text from its data-i18n attribute. */
export function translate(root = document) {
  root.querySelectorAll('[data-i18n]').forEach(el => { el.textContent = t(el.dataset.i18n); });
  root.querySelectorAll('[data-i18n-placeholder]').forEach(el => { el.placeholder = t(el.dataset.i18nPlaceholder); });
}

export function formatTime(iso) {
  if (!iso) return '–';
  return new Date(iso).toLocaleString(lang === 'de' ? 'de-DE' : 'en-GB', { timeZone: 'Europe/Berlin' });
}

export function formatNumber(n, digits = 1) {
  if (n === null || n === undefined) return '–';
  return Number(n).toLocaleString(lang === 'de' ? 'de-DE' : 'en-GB', { maximumFractionDigits: digits, minimumFractionDigits: digits });
}

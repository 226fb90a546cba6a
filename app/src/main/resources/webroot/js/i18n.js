// Messages in German (default) and English, from /i18n/<lang>.json, and every number, date and time formatted
// with Intl in the chosen language and the operator's time zone (Europe/Berlin unless configured otherwise).
const LANGS = ['de', 'en'];
let messages = {};
export let lang = 'de';
let zone = 'Europe/Berlin';

export async function loadMessages() {
  const stored = localStorage.getItem('ladewerk.lang');
  lang = LANGS.includes(stored) ? stored : 'de';
  document.documentElement.lang = lang;
  const res = await fetch(`/i18n/${lang}.json`);
  messages = await res.json();
}

/** The time zone every time is shown in (the configured `zone`). */
export function useZone(id) { if (id) zone = id; }
export function timeZone() { return zone; }

export function setLanguage(next) {
  localStorage.setItem('ladewerk.lang', next);
  location.reload();
}

/** The message for key with {name} placeholders filled; the key itself if it is missing. */
export function t(key, params = {}) {
  const text = messages[key] ?? key;
  return text.replace(/\{(\w+)\}/g, (_, name) => params[name] ?? '');
}

/** The translated label of a code family ('status', 'ocppStatus', 'errorCode', …), or the code itself if unknown. */
export function label(family, code) {
  if (code === null || code === undefined || code === '') return '–';
  const key = `${family}.${code}`;
  return key in messages ? messages[key] : code;
}

/** Fills every element's text from its data-i18n attribute. */
export function translate(root = document) {
  root.querySelectorAll('[data-i18n]').forEach(el => { el.textContent = t(el.dataset.i18n); });
  root.querySelectorAll('[data-i18n-placeholder]').forEach(el => { el.placeholder = t(el.dataset.i18nPlaceholder); });
  root.querySelectorAll('[data-i18n-label]').forEach(el => { el.setAttribute('aria-label', t(el.dataset.i18nLabel)); });
}

export const locale = () => (lang === 'de' ? 'de-DE' : 'en-GB');

/** Date and time, e.g. 07.12.2026, 14:05:09. */
export function formatTime(iso) {
  if (!iso) return '–';
  return new Date(iso).toLocaleString(locale(), { timeZone: zone, dateStyle: 'short', timeStyle: 'medium' });
}

/** A calendar day, e.g. 07.12.2026; a plain YYYY-MM-DD is a day as such, not a UTC midnight. */
export function formatDate(value) {
  if (!value) return '–';
  const plain = /^\d{4}-\d{2}-\d{2}$/.test(value);
  return new Date(plain ? value + 'T12:00:00Z' : value).toLocaleDateString(locale(), { timeZone: plain ? 'UTC' : zone, dateStyle: 'medium' });
}

/** Hours and minutes only, for chart axes (the day is in the axis title or the tooltip). */
export function formatClock(iso) {
  return new Date(iso).toLocaleTimeString(locale(), { timeZone: zone, hour: '2-digit', minute: '2-digit' });
}

export function formatNumber(n, digits = 1) {
  if (n === null || n === undefined || n === '' || Number.isNaN(Number(n))) return '–';
  return Number(n).toLocaleString(locale(), { maximumFractionDigits: digits, minimumFractionDigits: digits });
}

/** A share 0..1 as percent, e.g. 1,5 %. */
export function formatPercent(share, digits = 1) {
  if (share === null || share === undefined) return '–';
  return Number(share).toLocaleString(locale(), { style: 'percent', maximumFractionDigits: digits, minimumFractionDigits: digits });
}

export function formatMoney(v, currency = 'EUR') {
  if (v === null || v === undefined) return '–';
  return Number(v).toLocaleString(locale(), { style: 'currency', currency });
}

/** A duration in milliseconds, e.g. 1,2 s or 85 ms. */
export function formatDuration(ms) {
  if (ms === null || ms === undefined) return '–';
  return ms < 1000 ? `${formatNumber(ms, 0)} ms` : `${formatNumber(ms / 1000, 1)} s`;
}

/** Chart.js number formatting in the chosen locale (axes and tooltips). */
export function chartLocale() { return locale(); }

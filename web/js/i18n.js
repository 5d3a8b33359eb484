import { messages } from './messages.js';

const STORAGE_KEY = 'anju.language';

/** The current language: what the user chose last, else zh-CN. */
export function language() {
  return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'zh-CN';
}

export function setLanguage(lang) {
  localStorage.setItem(STORAGE_KEY, lang);
}

/** The message for key in the current language, with {0}, {1} … replaced by args. */
export function t(key, ...args) {
  const text = messages[language()][key] ?? messages['zh-CN'][key] ?? key;
  return text.replace(/\{(\d)\}/g, (_, i) => String(args[Number(i)]));
}

/** Numbers in the local format (e.g. 12,345). */
export function formatNumber(n) {
  return new Intl.NumberFormat(language()).format(n);
}

/** Fills every element carrying data-i18n with its message. */
export function translatePage(root = document) {
  document.documentElement.lang = language();
  root.querySelectorAll('[data-i18n]').forEach((el) => { el.textContent = t(el.dataset.i18n); });
}

/** The colon after a label: full-width in Chinese, ASCII and a space in English. */
export function colon() {
  return language() === 'en' ? ': ' : '：';
}

/** The comma between items of a line: full-width in Chinese. */
export function comma() {
  return language() === 'en' ? ', ' : '，';
}

/** t(key) for a count: `${key}.one` when n is 1 and that message exists (English "1 document missing"). */
export function tCount(key, n) {
  const one = `${key}.one`;
  return n === 1 && messages[language()][one] ? t(one, n) : t(key, n);
}

/** An amount given in 万元 (10,000 yuan): "1,644 万元", in English "16.44 million yuan". */
export function formatWan(wan) {
  if (wan == null || wan === '') return '';
  return language() === 'en' ? formatYuan(Number(wan) * 10000) : `${formatNumber(Number(wan))} 万元`;
}

/** An amount in yuan: "3.5万元" or "800元"; in English "35,000 yuan" or "16.44 million yuan". */
export function formatYuan(yuan) {
  if (yuan == null || yuan === '') return '';
  const n = Number(yuan);
  if (language() === 'en') {
    return Math.abs(n) >= 1e6 ? `${formatNumber(Math.round(n / 1e4) / 100)} million yuan` : `${formatNumber(n)} yuan`;
  }
  return Math.abs(n) >= 10000 ? `${formatNumber(n / 10000)}万元` : `${formatNumber(n)}元`;
}

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

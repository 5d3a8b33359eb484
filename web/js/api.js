import { language } from './i18n.js';

/** The session expired or nobody logged in: back to the login page. */
function toLogin() {
  location.href = '/login.html';
  return new Promise(() => {});
}

/** The CSRF token the server put in the XSRF-TOKEN cookie; sent back as X-XSRF-TOKEN with every change. */
export function csrfHeaders() {
  const cookie = document.cookie.split('; ').find((c) => c.startsWith('XSRF-TOKEN='));
  return cookie ? { 'X-XSRF-TOKEN': decodeURIComponent(cookie.split('=')[1]) } : {};
}

/** fetch() for changes (POST/PUT/DELETE) with the CSRF header; a 401 leads to the login page. */
export async function send(path, options) {
  const response = await fetch(path, {
    ...options, headers: { 'Accept-Language': language(), ...options.headers, ...csrfHeaders() },
  });
  if (response.status === 401) return toLogin();
  return response;
}

/** GET a JSON document from the Anju API; rejects with the problem's detail on an error status. */
export async function getJson(path, { signal } = {}) {
  // labels and messages in the answer follow the language chosen on the page, not the browser's
  const response = await fetch(path, {
    signal, headers: { Accept: 'application/geo+json, application/json', 'Accept-Language': language() },
  });
  if (response.status === 401) return toLogin();
  if (!response.ok) {
    const error = new Error(await problemText(response));
    error.status = response.status;
    throw error;
  }
  const body = await response.json();
  return body;
}

/** Escapes text for use inside HTML: names come from county data and are never trusted. */
export function escapeHtml(value) {
  return String(value ?? '').replace(/[&<>"']/g, (c) => ({
    '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;',
  }[c]));
}

/**
 * The message of a problem+json answer for a person: every field problem's message (a 422 names
 * each missing document or invalid field), else its detail.
 */
export async function problemText(response) {
  try {
    const body = await response.json();
    // with field problems the detail only counts them ("共 1 处问题"): the problems themselves say more
    const errors = (body.errors ?? []).map((e) => e.message).filter(Boolean);
    return (errors.length ? errors.join('；') : body.detail) || response.statusText;
  } catch {
    return response.statusText || String(response.status);
  }
}

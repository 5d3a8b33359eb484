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
  const response = await fetch(path, { ...options, headers: { ...options.headers, ...csrfHeaders() } });
  if (response.status === 401) return toLogin();
  return response;
}

/** GET a JSON document from the Anju API; rejects with the problem's detail on an error status. */
export async function getJson(path, { signal } = {}) {
  const response = await fetch(path, { signal, headers: { Accept: 'application/geo+json, application/json' } });
  if (response.status === 401) return toLogin();
  const body = await response.json();
  if (!response.ok) {
    throw new Error(body.detail || response.statusText);
  }
  return body;
}

/** Escapes text for use inside HTML: names come from county data and are never trusted. */
export function escapeHtml(value) {
  return String(value ?? '').replace(/[&<>"']/g, (c) => ({
    '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;',
  }[c]));
}

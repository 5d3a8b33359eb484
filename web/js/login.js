// The login form posts the CSRF token from the XSRF-TOKEN cookie (set by the server on this page).
const token = document.cookie.split('; ').find((c) => c.startsWith('XSRF-TOKEN='));
document.getElementById('csrf').value = token ? decodeURIComponent(token.split('=')[1]) : '';
const params = new URLSearchParams(location.search);
document.getElementById('error').hidden = !params.has('error');
document.getElementById('logout').hidden = !params.has('logout');
document.getElementById('unavailable').hidden = !params.has('unavailable');

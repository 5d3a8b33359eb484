// The login form posts the CSRF token from the XSRF-TOKEN cookie (set by the server on this page).
const token = document.cookie.split('; ').find((c) => c.startsWith('XSRF-TOKEN='));
document.getElementById('csrf').value = token ? decodeURIComponent(token.split('=')[1]) : '';
const params = new URLSearchParams(location.search);
document.getElementById('error').hidden = !params.has('error');
document.getElementById('logout').hidden = !params.has('logout');
document.getElementById('unavailable').hidden = !params.has('unavailable');
document.getElementById('disabled').hidden = !params.has('disabled');

// ?locked=seconds: the server refused the login (429) while the account or this address is locked
const locked = document.getElementById('locked');
let seconds = Number.parseInt(params.get('locked') ?? '', 10);
locked.hidden = !(seconds > 0);
function showSeconds() {
  locked.querySelectorAll('.seconds').forEach((b) => { b.textContent = String(Math.max(seconds, 0)); });
}
if (seconds > 0) {
  showSeconds();
  const tick = setInterval(() => {
    seconds -= 1;
    showSeconds();
    if (seconds <= 0) {
      clearInterval(tick);
      locked.hidden = true;
    }
  }, 1000);
}

import { getJson, escapeHtml, send, problemText } from './api.js';
import { t, formatNumber } from './i18n.js';
import { setUpTopbar } from './topbar.js';

/** Who archives events: county staff, as the server's PUT /api/disasters/{id}/archived allows. */
const ARCHIVERS = ['COUNTY_ADMIN', 'COUNTY_STAFF'];

/**
 * 灾害事件: every disaster event with its type in words, its dates, its footprint parts and the houses
 * inside its footprint (counted one event after another once the list is shown, from the emergency
 * summary — within the account's jurisdiction); "on the map" opens the map with that event alone;
 * county staff archive an event that is over (it leaves the map's and the emergency panel's lists but
 * stays, and can be shown here and un-archived).
 */
async function start() {
  const me = await setUpTopbar('events');
  const archives = ARCHIVERS.includes(me.role);
  const rows = document.getElementById('event-rows');
  const showArchived = document.getElementById('show-archived');
  const message = document.getElementById('event-message');
  const houses = new Map();   // event id → houses in its footprint, counted once per page
  let generation = 0;

  const dates = (e) => `${e.started_on} – ${e.ended_on ?? t('events.ongoing')}`;

  function row(e) {
    const counted = houses.get(e.id);
    const status = e.archived
      ? `<span class="state state-WITHDRAWN">${escapeHtml(t('events.archived', (e.archived_at ?? '').slice(0, 10)))}</span>`
      : `<span class="state">${escapeHtml(t('events.current'))}</span>`;
    const archive = !archives ? ''
      : `<button type="button" data-act="${e.archived ? 'unarchive' : 'archive'}">${escapeHtml(t(e.archived ? 'events.unarchive' : 'events.archive'))}</button>`;
    return `<tr data-event="${e.id}" class="${e.archived ? 'is-archived' : ''}">
      <td>${escapeHtml(e.name)}<small>${escapeHtml(e.code)}</small></td><td>${escapeHtml(e.type_label)}</td>
      <td class="nowrap">${escapeHtml(dates(e))}</td><td class="num">${formatNumber(e.parts)}</td>
      <td class="num houses">${counted == null ? '…' : formatNumber(counted)}</td><td>${status}</td>
      <td class="row-actions"><a class="button" href="/?event=${e.id}">${escapeHtml(t('events.show'))}</a> ${archive}</td></tr>`;
  }

  async function load() {
    const mine = ++generation;
    const events = await getJson(`/api/disaster-events${showArchived.checked ? '?include_archived=true' : ''}`);
    if (mine !== generation) return;
    rows.innerHTML = events.length ? events.map(row).join('')
      : `<tr><td colspan="7" class="muted">${escapeHtml(t('events.none'))}</td></tr>`;
    document.getElementById('event-count').textContent = t('events.count', events.length, events.filter((e) => e.archived).length);
    document.getElementById('events').dataset.ready = 'true';
    // the houses inside each footprint, one event at a time (a county-wide flood is a real query)
    for (const e of events.filter((x) => !houses.has(x.id))) {
      try {
        const summary = await getJson(`/api/disasters/${e.id}/affected?buffer=0`);
        houses.set(e.id, summary.totals.houses);
      } catch {
        houses.set(e.id, null);
      }
      if (mine !== generation) return;
      const cell = rows.querySelector(`tr[data-event="${e.id}"] td.houses`);
      if (cell) cell.textContent = houses.get(e.id) == null ? '–' : formatNumber(houses.get(e.id));
    }
    document.getElementById('events').dataset.counted = 'true';
  }

  rows.addEventListener('click', async (click) => {
    const button = click.target.closest('button[data-act]');
    const tr = button?.closest('tr[data-event]');
    if (!tr) return;
    const archived = button.dataset.act === 'archive';
    button.disabled = true;
    const response = await send(`/api/disasters/${tr.dataset.event}/archived`, {
      method: 'PUT', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ archived }),
    });
    if (!response.ok) {
      message.textContent = t('events.failed', await problemText(response));
      message.className = 'message error';
      button.disabled = false;
      return;
    }
    const event = await response.json();
    message.textContent = t(archived ? 'events.archivedDone' : 'events.unarchivedDone', event.name);
    message.className = 'message ok';
    await load();
  });
  showArchived.addEventListener('change', load);
  await load();
}

start().catch((e) => {
  const message = document.getElementById('event-message');
  message.textContent = t('error.load', e.message);
  message.className = 'message error';
});

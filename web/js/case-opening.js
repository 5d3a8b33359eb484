import { send, escapeHtml, problemText } from './api.js';
import { t, formatNumber, colon } from './i18n.js';

/**
 * 批量建档 (发现一户、建档一户) in the ledger, for county staff: choose the county, a township or a
 * village, see how many cases would be opened there and where (the API's dry run, nothing written),
 * confirm, see how many were opened. `onOpened(area)` then shows the area's open cases in the list.
 * The cases opened are those of `POST /api/cases/open-missing`: every C/D house (not demolished) where a
 * household of the six categories lives and that never had a case.
 */
export function createBulkOpening(element, { areas, onOpened }) {
  const option = (value, label) => `<option value="${escapeHtml(value)}">${escapeHtml(label)}</option>`;
  const counties = areas.filter((a) => a.level === 'COUNTY');
  const townships = areas.filter((a) => a.level === 'TOWNSHIP');
  element.innerHTML = `<details class="bulk-open" id="bulk-open">
      <summary>${escapeHtml(t('bulkOpen.title'))}</summary>
      <p class="hint">${escapeHtml(t('bulkOpen.what'))}</p>
      <form class="filters" id="bulk-open-form">
        <label>${escapeHtml(t('filter.township'))}<select name="township">
          ${option('', t('bulkOpen.choose'))}${counties.map((a) => option(a.code, t('bulkOpen.wholeCounty', a.name))).join('')}
          ${townships.map((a) => option(a.code, a.name)).join('')}</select></label>
        <label>${escapeHtml(t('filter.village'))}<select name="village" disabled></select></label>
      </form>
      <div class="bulk-count" id="bulk-count" aria-live="polite"></div>
      <div class="bulk-result" id="bulk-result" aria-live="polite"></div>
    </details>`;
  const form = element.querySelector('#bulk-open-form');
  const countBox = element.querySelector('#bulk-count');
  const resultBox = element.querySelector('#bulk-result');
  const nameOf = (code) => areas.find((a) => a.code === code)?.name ?? code;
  let pending = 0;

  function area() {
    return form.elements.village.value || form.elements.township.value;
  }

  function fillVillages() {
    const township = form.elements.township.value;
    const villages = areas.filter((a) => a.level === 'VILLAGE' && a.parent_code === township);
    form.elements.village.innerHTML = option('', t('filter.all')) + villages.map((a) => option(a.code, a.name)).join('');
    form.elements.village.disabled = !villages.length;
  }

  async function openMissing(code, dryRun) {
    const response = await send(`/api/cases/open-missing${dryRun ? '?dry_run=true' : ''}`, {
      method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ area: code }),
    });
    if (!response.ok) throw new Error(await problemText(response));
    return response.json();
  }

  /** The dry run for the chosen area: how many, where, and the button that opens them. */
  async function count() {
    const code = area();
    countBox.innerHTML = '';
    countBox.dataset.toOpen = '';
    if (!code) return;
    const mine = ++pending;
    countBox.textContent = t('bulkOpen.counting');
    let dry;
    try {
      dry = await openMissing(code, true);
    } catch (e) {
      countBox.innerHTML = `<p class="error" role="alert">${escapeHtml(e.message)}</p>`;
      return;
    }
    if (mine !== pending) return;   // the choice changed meanwhile
    countBox.dataset.toOpen = String(dry.to_open);
    if (!dry.to_open) {
      countBox.innerHTML = `<p class="muted">${escapeHtml(t('bulkOpen.none', nameOf(code)))}</p>`;
      return;
    }
    const villages = dry.by_village.map((v) => `<li data-village="${escapeHtml(v.village_code)}">`
      + `${escapeHtml(v.township_name ?? '')} ${escapeHtml(v.village_name ?? v.village_code)}${colon()}`
      + `${escapeHtml(t('bulkOpen.households', formatNumber(v.to_open)))}</li>`).join('');
    countBox.innerHTML = `<p><b>${escapeHtml(t('bulkOpen.willOpen', nameOf(code), formatNumber(dry.to_open)))}</b></p>
      <ul class="bulk-villages">${villages}</ul>
      <div class="buttons"><button type="button" class="primary" id="bulk-confirm">${escapeHtml(t('bulkOpen.confirm', formatNumber(dry.to_open)))}</button></div>`;
    countBox.querySelector('#bulk-confirm').addEventListener('click', () => open(code));
  }

  async function open(code) {
    const button = countBox.querySelector('#bulk-confirm');
    button.disabled = true;
    resultBox.innerHTML = '';
    try {
      const done = await openMissing(code, false);
      resultBox.innerHTML = `<p class="ok" id="bulk-opened" data-opened="${escapeHtml(done.opened)}">`
        + `${escapeHtml(t('bulkOpen.opened', nameOf(code), formatNumber(done.opened)))}</p>`;
      await onOpened(code);
      await count();   // nothing left to open there now
    } catch (e) {
      resultBox.innerHTML = `<p class="error" role="alert">${escapeHtml(e.message)}</p>`;
      button.disabled = false;
    }
  }

  form.addEventListener('change', (e) => {
    if (e.target.name === 'township') fillVillages();
    resultBox.innerHTML = '';
    count();
  });
  fillVillages();
}

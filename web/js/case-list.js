import { getJson, escapeHtml } from './api.js';
import { t, formatNumber } from './i18n.js';

const PAGE_SIZE = 50;

/**
 * The ledger's list: filters (state — open cases by default —, deadline, township, village, house
 * code), one row per case with the next deadline (overdue in red, due soon in orange), most urgent
 * first, 50 per page. The filters live in the address, so a link shows a colleague the same list.
 * `onSelect(id)` when a row is chosen.
 */
export function createCaseList({ form, rows, count, pager }, { labels, areas, dueSoonDays, onSelect }) {
  const townships = areas.filter((a) => a.level === 'TOWNSHIP');
  const option = (value, label) => `<option value="${escapeHtml(value)}">${escapeHtml(label)}</option>`;
  form.innerHTML = `
    <label>${escapeHtml(t('ledger.state'))}<select name="state">
      ${option('OPEN', t('ledger.open'))}${option('', t('filter.all'))}
      ${Object.entries(labels.states).map(([code, label]) => option(code, label)).join('')}</select></label>
    <label>${escapeHtml(t('ledger.deadline'))}<select name="deadline">
      ${option('', t('filter.all'))}${option('overdue', t('ledger.overdue'))}${option('soon', t('ledger.dueSoon', dueSoonDays))}</select></label>
    <label>${escapeHtml(t('filter.township'))}<select name="township">${option('', t('filter.all'))}
      ${townships.map((a) => option(a.code, a.name)).join('')}</select></label>
    <label>${escapeHtml(t('filter.village'))}<select name="village"></select></label>
    <label>${escapeHtml(t('ledger.houseCode'))}<input name="house" type="search" autocomplete="off"
      placeholder="${escapeHtml(t('ledger.houseCodeHint'))}"></label>`;
  let offset = 0;
  let selected = null;
  let pending;

  function fillVillages(keep) {
    const township = form.elements.township.value;
    const villages = areas.filter((a) => a.level === 'VILLAGE' && (!township || a.parent_code === township));
    form.elements.village.innerHTML = option('', t('filter.all')) + villages.map((a) => option(a.code, a.name)).join('');
    if (keep) form.elements.village.value = keep;
  }

  /** The filter as the API's query string (without paging). */
  function query() {
    const params = new URLSearchParams();
    const state = form.elements.state.value;
    if (state === 'OPEN') params.set('state', labels.open_states.join(','));
    else if (state) params.set('state', state);
    if (form.elements.deadline.value === 'overdue') params.set('overdue', 'true');
    if (form.elements.deadline.value === 'soon') params.set('due_within', String(dueSoonDays));
    if (form.elements.village.value) params.set('village', form.elements.village.value);
    else if (form.elements.township.value) params.set('township', form.elements.township.value);
    if (form.elements.house.value.trim()) params.set('house', form.elements.house.value.trim());
    return params.toString().replace(/%2C/g, ',');
  }

  /** Keeps the filters and the chosen case in the address (replaceState: no history entry per click). */
  function remember() {
    const params = new URLSearchParams();
    for (const name of ['state', 'deadline', 'township', 'village', 'house']) {
      const value = form.elements[name].value.trim();
      if (value && !(name === 'state' && value === 'OPEN')) params.set(name, value);
    }
    if (form.elements.state.value === '') params.set('state', 'ALL');
    if (selected) params.set('case', selected);
    const search = params.toString();
    history.replaceState(null, '', `${location.pathname}${search ? `?${search}` : ''}`);
  }

  function restore(params) {
    const state = params.get('state');
    form.elements.state.value = state === 'ALL' ? '' : (state ?? 'OPEN');
    form.elements.deadline.value = params.get('deadline') ?? '';
    form.elements.township.value = params.get('township') ?? '';
    fillVillages(params.get('village'));
    form.elements.house.value = params.get('house') ?? '';
    selected = params.get('case');
  }

  function deadlineCell(c) {
    if (!c.deadline_on) return `<span class="muted">${escapeHtml(t('ledger.noDeadline'))}</span>`;
    const soon = !c.overdue && (new Date(c.deadline_on) - new Date()) / 86400000 <= dueSoonDays;
    const cls = c.overdue ? 'overdue' : soon ? 'due-soon' : '';
    return `<span class="deadline ${cls}" title="${escapeHtml(c.deadline_label ?? '')}">${escapeHtml(c.deadline_on)}</span>`
      + `${c.overdue ? ` <span class="badge late">${escapeHtml(t('case.overdue'))}</span>` : ''}`
      + `<small>${escapeHtml(c.deadline_label ?? '')}</small>`;
  }

  function row(c) {
    return `<tr data-case="${escapeHtml(c.id)}" tabindex="0" class="${String(c.id) === String(selected) ? 'selected' : ''}${c.overdue ? ' is-overdue' : ''}">
      <td data-label="${escapeHtml(t('ledger.house'))}"><b>${escapeHtml(c.house_code ?? t('ledger.noHouse'))}</b>
        <small>${escapeHtml(t('case.number', c.id))} · ${escapeHtml(c.head_name ?? '')}</small></td>
      <td data-label="${escapeHtml(t('ledger.place'))}">${escapeHtml(c.township_name ?? '')}<small>${escapeHtml(c.village_name ?? '')}</small></td>
      <td data-label="${escapeHtml(t('ledger.state'))}"><span class="state state-${escapeHtml(c.state)}">${escapeHtml(c.state_label)}</span></td>
      <td data-label="${escapeHtml(t('ledger.deadline'))}">${deadlineCell(c)}</td></tr>`;
  }

  async function refresh() {
    pending?.abort();
    pending = new AbortController();
    remember();
    try {
      const page = await getJson(`/api/cases?${query()}&limit=${PAGE_SIZE}&offset=${offset}`, { signal: pending.signal });
      rows.innerHTML = page.items.map(row).join('')
        || `<tr><td colspan="4" class="muted">${escapeHtml(t('ledger.none'))}</td></tr>`;
      count.textContent = t('ledger.count', formatNumber(page.number_matched));
      count.dataset.matched = page.number_matched;
      const last = offset + page.number_returned;
      pager.innerHTML = page.number_matched > PAGE_SIZE
        ? `<button type="button" data-page="-1" ${offset === 0 ? 'disabled' : ''}>${escapeHtml(t('ledger.previous'))}</button>
           <span>${formatNumber(offset + 1)}–${formatNumber(last)} / ${formatNumber(page.number_matched)}</span>
           <button type="button" data-page="1" ${last >= page.number_matched ? 'disabled' : ''}>${escapeHtml(t('ledger.next'))}</button>`
        : '';
    } catch (e) {
      if (e.name !== 'AbortError') count.textContent = t('error.load', e.message);
    }
  }

  form.addEventListener('change', (e) => {
    if (e.target.name === 'township') fillVillages();
    offset = 0;
    refresh();
  });
  form.addEventListener('submit', (e) => { e.preventDefault(); offset = 0; refresh(); });
  let typing;
  form.elements.house.addEventListener('input', () => {
    clearTimeout(typing);
    typing = setTimeout(() => { offset = 0; refresh(); }, 400);
  });
  pager.addEventListener('click', (e) => {
    const step = Number(e.target.dataset.page);
    if (!step) return;
    offset = Math.max(0, offset + step * PAGE_SIZE);
    refresh();
  });
  const choose = (tr) => {
    if (!tr?.dataset.case) return;
    selected = tr.dataset.case;
    rows.querySelectorAll('tr.selected').forEach((r) => r.classList.remove('selected'));
    tr.classList.add('selected');
    remember();
    onSelect(selected);
  };
  rows.addEventListener('click', (e) => choose(e.target.closest('tr')));
  rows.addEventListener('keydown', (e) => { if (e.key === 'Enter') choose(e.target.closest('tr')); });

  /** The open cases of an area (county, township or village code), first page. */
  function showOpenCasesOf(area) {
    const level = areas.find((a) => a.code === area)?.level;
    form.elements.state.value = 'OPEN';
    form.elements.deadline.value = '';
    form.elements.house.value = '';
    form.elements.township.value = level === 'TOWNSHIP' ? area
      : level === 'VILLAGE' ? (areas.find((a) => a.code === area)?.parent_code ?? '') : '';
    fillVillages(level === 'VILLAGE' ? area : '');
    offset = 0;
    return refresh();
  }

  restore(new URLSearchParams(location.search));
  return {
    refresh,
    showOpenCasesOf,
    selected: () => selected,
    select(id) { selected = id ? String(id) : null; remember(); },
  };
}

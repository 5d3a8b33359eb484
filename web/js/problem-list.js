import { getJson, escapeHtml } from './api.js';
import { t, formatNumber } from './i18n.js';

const PAGE_SIZE = 50;

/**
 * 整改台账's list: filters (source, state — open problems by default —, township, overdue), one row per
 * problem with its deadline (overdue in red), open ones first by deadline, 50 per page. The filters and
 * the chosen problem live in the address. `onSelect(id)` when a row is chosen.
 */
export function createProblemList({ form, rows, count, pager }, { labels, areas, onSelect }) {
  const townships = areas.filter((a) => a.level === 'TOWNSHIP');
  const option = (value, label) => `<option value="${escapeHtml(value)}">${escapeHtml(label)}</option>`;
  form.innerHTML = `
    <label>${escapeHtml(t('problems.source'))}<select name="source">${option('', t('filter.all'))}
      ${Object.entries(labels.sources).map(([code, label]) => option(code, label)).join('')}</select></label>
    <label>${escapeHtml(t('ledger.state'))}<select name="state">
      ${option('OPEN', t('problems.open'))}${option('', t('filter.all'))}
      ${Object.entries(labels.states).map(([code, label]) => option(code, label)).join('')}</select></label>
    <label>${escapeHtml(t('filter.township'))}<select name="township">${option('', t('filter.all'))}
      ${townships.map((a) => option(a.code, a.name)).join('')}</select></label>
    <label>${escapeHtml(t('problems.deadline'))}<select name="overdue">${option('', t('filter.all'))}
      ${option('true', t('ledger.overdue'))}${option('false', t('problems.notOverdue'))}</select></label>`;
  let offset = 0;
  let selected = null;
  let pending;

  /** The filter as the API's query string (without paging). */
  function query() {
    const params = new URLSearchParams();
    const state = form.elements.state.value;
    if (state === 'OPEN') params.set('state', labels.open_states.join(','));
    else if (state) params.set('state', state);
    for (const name of ['source', 'township', 'overdue']) {
      if (form.elements[name].value) params.set(name, form.elements[name].value);
    }
    return params.toString().replace(/%2C/g, ',');
  }

  function remember() {
    const params = new URLSearchParams();
    for (const name of ['source', 'state', 'township', 'overdue']) {
      const value = form.elements[name].value;
      if (value && !(name === 'state' && value === 'OPEN')) params.set(name, value);
    }
    if (form.elements.state.value === '') params.set('state', 'ALL');
    if (selected) params.set('problem', selected);
    const search = params.toString();
    history.replaceState(null, '', `${location.pathname}${search ? `?${search}` : ''}`);
  }

  function restore(params) {
    const state = params.get('state');
    form.elements.state.value = state === 'ALL' ? '' : (state ?? 'OPEN');
    for (const name of ['source', 'township', 'overdue']) form.elements[name].value = params.get(name) ?? '';
    selected = params.get('problem');
  }

  function row(p) {
    const deadline = p.deadline_on
      ? `<span class="deadline ${p.overdue ? 'overdue' : ''}">${escapeHtml(p.deadline_on)}</span>`
        + `${p.overdue ? ` <span class="badge late">${escapeHtml(t('case.overdue'))}</span>` : ''}`
      : `<span class="muted">${escapeHtml(t('problems.noDeadline'))}</span>`;
    const place = p.township_name ?? p.area_name;
    return `<tr data-problem="${escapeHtml(p.id)}" tabindex="0" class="${String(p.id) === String(selected) ? 'selected' : ''}${p.overdue ? ' is-overdue' : ''}">
      <td data-label="${escapeHtml(t('problems.problem'))}"><b>${escapeHtml(p.description)}</b>
        <small>${escapeHtml(t('problems.number', p.id))} · ${escapeHtml(p.source_label)}${p.responsible_unit ? ` · ${escapeHtml(p.responsible_unit)}` : ''}</small></td>
      <td data-label="${escapeHtml(t('ledger.place'))}">${escapeHtml(place ?? '')}<small>${escapeHtml(p.village_name ?? '')}</small></td>
      <td data-label="${escapeHtml(t('ledger.state'))}"><span class="state problem-state-${escapeHtml(p.state)}">${escapeHtml(p.state_label)}</span></td>
      <td data-label="${escapeHtml(t('problems.deadline'))}">${deadline}</td></tr>`;
  }

  async function refresh() {
    pending?.abort();
    pending = new AbortController();
    remember();
    try {
      const page = await getJson(`/api/problems?${query()}&limit=${PAGE_SIZE}&offset=${offset}`, { signal: pending.signal });
      rows.innerHTML = page.items.map(row).join('')
        || `<tr><td colspan="4" class="muted">${escapeHtml(t('problems.none'))}</td></tr>`;
      count.textContent = t('problems.count', formatNumber(page.number_matched));
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

  form.addEventListener('change', () => { offset = 0; refresh(); });
  form.addEventListener('submit', (e) => { e.preventDefault(); offset = 0; refresh(); });
  pager.addEventListener('click', (e) => {
    const step = Number(e.target.dataset.page);
    if (!step) return;
    offset = Math.max(0, offset + step * PAGE_SIZE);
    refresh();
  });
  const choose = (tr) => {
    if (!tr?.dataset.problem) return;
    selected = tr.dataset.problem;
    rows.querySelectorAll('tr.selected').forEach((r) => r.classList.remove('selected'));
    tr.classList.add('selected');
    remember();
    onSelect(selected);
  };
  rows.addEventListener('click', (e) => choose(e.target.closest('tr')));
  rows.addEventListener('keydown', (e) => { if (e.key === 'Enter') choose(e.target.closest('tr')); });

  restore(new URLSearchParams(location.search));
  return {
    refresh,
    query,
    selected: () => selected,
    select(id) { selected = id ? String(id) : null; remember(); },
  };
}

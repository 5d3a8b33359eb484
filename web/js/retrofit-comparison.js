import { getJson, escapeHtml } from './api.js';
import { t, formatNumber, colon, formatYuan } from './i18n.js';

/**
 * 候选区域对比: the planner takes the current map selection (picked villages and/or a drawn area, from
 * the selection panel) as area A, then another as area B, and sees both side by side — houses,
 * candidates, share, budget, reasons, the villages with most candidates — with the difference A − B
 * and what the two share (GET /api/retrofit/comparison). selection.current() gives the selection;
 * criteria() the query of the retrofit panel's choices and the map's filter on the houses, applied to
 * both areas. refresh() compares again after they changed.
 */
export function createRetrofitComparison(element, { selection, criteria = () => '' }) {
  element.innerHTML = `<h3>${escapeHtml(t('retrofit.compare'))}</h3>
    <div class="buttons">
      <button type="button" id="compare-set-a">${escapeHtml(t('retrofit.setA'))}</button>
      <button type="button" id="compare-set-b">${escapeHtml(t('retrofit.setB'))}</button>
      <button type="button" id="compare-clear">${escapeHtml(t('retrofit.clearCompare'))}</button>
    </div>
    <p class="hint" id="compare-hint">${escapeHtml(t('retrofit.compareHint'))}</p>
    <dl class="compare-areas"><dt>${escapeHtml(t('retrofit.areaA'))}</dt><dd id="compare-a">${escapeHtml(t('retrofit.notSet'))}</dd>
      <dt>${escapeHtml(t('retrofit.areaB'))}</dt><dd id="compare-b">${escapeHtml(t('retrofit.notSet'))}</dd></dl>
    <div id="compare-result" aria-live="polite"></div>`;
  const sides = { a: null, b: null };
  const result = element.querySelector('#compare-result');
  const hint = element.querySelector('#compare-hint');

  function take(side) {
    const chosen = selection.current();
    if (!chosen) { hint.textContent = t('retrofit.noSelection'); return; }
    hint.textContent = t('retrofit.compareHint');
    sides[side] = chosen;
    element.querySelector(`#compare-${side}`).textContent = describe(chosen);
    compare();
  }

  async function compare() {
    if (!sides.a || !sides.b) { result.innerHTML = ''; return; }
    const query = [criteria(), areaQuery('a.', sides.a), areaQuery('b.', sides.b)].filter(Boolean).join('&');
    result.textContent = '…';
    try {
      render(await getJson(`/api/retrofit/comparison?${query}`));
    } catch (e) {
      result.textContent = t('error.load', e.message);
    }
  }

  function render(c) {
    const { a, b, difference: d } = c;
    const row = (label, x, y, diff, cls = '') => `<tr class="${cls}"><th scope="row">${escapeHtml(label)}</th>`
      + `<td>${x}</td><td>${y}</td><td>${diff}</td></tr>`;
    const reasons = d.by_reason.map((r) => row(r.reason, formatNumber(r.a), formatNumber(r.b), signed(r.difference), 'reason')).join('');
    const top = (side) => side.villages.slice(0, 3).map((v) => `${escapeHtml(v.name)} ${formatNumber(v.candidates)}`).join('<br>');
    result.innerHTML = `<table class="comparison">
      <thead><tr><th scope="col">${escapeHtml(t('retrofit.measure'))}</th><th scope="col">${escapeHtml(t('retrofit.areaA'))}</th>`
      + `<th scope="col">${escapeHtml(t('retrofit.areaB'))}</th><th scope="col">${escapeHtml(t('retrofit.difference'))}</th></tr></thead>
      <tbody>`
      + row(t('retrofit.areaHouses'), formatNumber(a.houses), formatNumber(b.houses), signed(d.houses))
      + row(t('retrofit.candidates'), formatNumber(a.candidates), formatNumber(b.candidates), signed(d.candidates), 'strong')
      + row(t('retrofit.share'), percent(a.share), percent(b.share), t('retrofit.points', signed(Number((d.share * 100).toFixed(1)))))
      + row(t('retrofit.budgetWan'), formatNumber(a.budget.total_wan), formatNumber(b.budget.total_wan), signed(d.budget_wan), 'strong')
      + reasons
      + row(t('retrofit.topVillages'), top(a), top(b), '')
      + `</tbody></table>
      <p class="hint">${escapeHtml(t('retrofit.overlap.words', formatNumber(c.overlap.candidates), formatNumber(c.overlap.candidates_in_either),
        formatYuan(c.overlap.budget_yuan_in_either)))}</p>
      <p class="downloads">${escapeHtml(t('retrofit.areaA'))}${colon()}${download(sides.a, 'xlsx', criteria())} ${download(sides.a, 'kml', criteria())}
        ${escapeHtml(t('retrofit.areaB'))}${colon()}${download(sides.b, 'xlsx', criteria())} ${download(sides.b, 'kml', criteria())}</p>`;
    result.querySelector('table').dataset.a = a.candidates;
    result.querySelector('table').dataset.b = b.candidates;
  }

  element.querySelector('#compare-set-a').addEventListener('click', () => take('a'));
  element.querySelector('#compare-set-b').addEventListener('click', () => take('b'));
  element.querySelector('#compare-clear').addEventListener('click', () => {
    sides.a = null;
    sides.b = null;
    element.querySelector('#compare-a').textContent = t('retrofit.notSet');
    element.querySelector('#compare-b').textContent = t('retrofit.notSet');
    result.innerHTML = '';
  });
  return { refresh: compare };
}

/** a.village=…&a.within=… for prefix 'a.' (the comparison), village=…&within=… for '' (the list downloads). */
function areaQuery(prefix, area) {
  const params = new URLSearchParams();
  if (area.villages.length) params.set(`${prefix}village`, area.villages.map((v) => v.code).join(','));
  if (area.within) params.set(`${prefix}within`, area.within);
  return params.toString().replace(/%2C/g, ',');
}

function download(area, format, criteria) {
  const query = [criteria, areaQuery('', area)].filter(Boolean).join('&');
  const extra = format === 'xlsx' ? '&sheet_per_township=true' : '';
  return `<a class="download" href="/api/retrofit/candidates/targets.${format}?${query}${extra}" download>${escapeHtml(t(`download.${format}`))}</a>`;
}

function describe(area) {
  const parts = area.villages.map((v) => v.name);
  if (area.within) parts.push(t('selection.drawn'));
  return parts.join('、');
}

function signed(n) {
  const value = Number(n);
  return value > 0 ? `+${formatNumber(value)}` : formatNumber(value);
}

function percent(share) {
  return `${(share * 100).toFixed(1)}%`;
}

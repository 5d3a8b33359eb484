import { getJson, escapeHtml } from './api.js';
import { t, formatNumber, colon, formatWan, formatYuan, language } from './i18n.js';
import { createRetrofitComparison } from './retrofit-comparison.js';

/** Roles that may download the candidate houses with their households (the server says the same). */
const PERSONAL_DATA = ['COUNTY_ADMIN', 'COUNTY_STAFF', 'TOWNSHIP_STAFF', 'VILLAGE_INSPECTOR', 'EMERGENCY_TEAM'];
/** The map filter's parameters about the houses themselves (not where they are). */
const HOUSE_FILTERS = ['grade', 'occupancy', 'structure', 'category', 'priority', 'target_household'];
/** Rows of the ranking shown in the panel; the download has them all. */
const SHOWN_VILLAGES = 15;
const FORMATS = [['xlsx', 'download.xlsx'], ['csv', 'download.csv'], ['kml', 'download.kml'], ['shp.zip', 'download.shp'], ['gpkg', 'download.gpkg']];

/**
 * 抗震改造规划: the seismic-retrofit candidates of what the map shows — its filter and the chosen
 * township, villages or drawn area ({@code selection.query()}, the same query the selection's counts
 * use) — under the chosen subsidy preset, minimum design intensity and households; with a budget in
 * 万元, the villages it pays for (the server takes them in ranking order while they fit, skipping one
 * that does not and trying the next), what is used and what is left; the ranking and the houses to
 * download. Below: two areas compared (retrofit-comparison.js) with the same choices.
 * refresh() after the filter or the selection changed; ready resolves once the first answer is shown.
 */
export function createRetrofitPanel(element, { selection, areas, me }) {
  element.innerHTML = `<h2>${escapeHtml(t('retrofit.plan.title'))}</h2>
    <form class="retrofit-options" id="retrofit-options">
      <label>${escapeHtml(t('retrofit.plan.preset'))}<select name="preset"></select></label>
      <label>${escapeHtml(t('retrofit.plan.intensity'))}<select name="min_intensity">
        ${[7, 8, 9].map((d) => `<option value="${d}">${escapeHtml(t(d === 9 ? 'retrofit.plan.intensity9' : 'retrofit.plan.intensityAtLeast', d))}</option>`).join('')}
      </select></label>
      <label class="check"><input type="checkbox" name="target" checked>${escapeHtml(t('retrofit.plan.targetOnly'))}</label>
      <label class="check"><input type="checkbox" name="unassessed">${escapeHtml(t('retrofit.plan.unassessed'))}</label>
      <label>${escapeHtml(t('retrofit.plan.budget'))}<input type="number" name="budget" min="0" step="any" inputmode="decimal"
        placeholder="${escapeHtml(t('retrofit.plan.budgetPlaceholder'))}"></label>
    </form>
    <p class="hint" id="retrofit-scope"></p>
    <div id="retrofit-summary" aria-live="polite"></div>
    <div id="retrofit-compare"></div>`;
  const form = element.querySelector('#retrofit-options');
  const out = element.querySelector('#retrofit-summary');
  const scope = element.querySelector('#retrofit-scope');
  const names = new Map(areas.map((a) => [a.code, a.name]));
  let pending = null;
  let typing = null;

  /** The panel's own choices as query parameters (without the area and the map's filter). */
  function choices() {
    const params = new URLSearchParams();
    if (form.elements.preset.value) params.set('preset', form.elements.preset.value);
    params.set('min_intensity', form.elements.min_intensity.value);
    params.set('households', form.elements.target.checked ? 'target' : 'all');
    if (form.elements.unassessed.checked) params.set('include_unassessed', 'true');
    return params;
  }

  /** The map's filter about the houses (grade, occupancy …), without where they are: for the comparison. */
  function houseFilter() {
    const all = new URLSearchParams(selection.query());
    const params = new URLSearchParams();
    HOUSE_FILTERS.forEach((name) => { if (all.has(name)) params.set(name, all.get(name)); });
    return params;
  }

  function budget() {
    const value = form.elements.budget.value.trim();
    return value === '' ? null : value;
  }

  /** Everything the candidates are asked with: map filter and area, the choices, the budget. */
  function query() {
    const params = new URLSearchParams(selection.query());
    choices().forEach((v, k) => params.set(k, v));
    if (budget() != null) params.set('budget_wan', budget());
    return params.toString().replace(/%2C/g, ',');
  }

  function describeScope() {
    const params = new URLSearchParams(selection.query());
    const parts = [];
    const chosen = selection.current();
    if (chosen?.villages.length) parts.push(chosen.villages.map((v) => v.name).join('、'));
    else if (params.get('village')) parts.push(names.get(params.get('village')) ?? params.get('village'));
    else if (params.get('township')) parts.push(names.get(params.get('township')) ?? params.get('township'));
    if (chosen?.within) parts.push(t('selection.drawn'));
    const where = parts.length ? parts.join(' · ') : t('retrofit.plan.everywhere');
    const filtered = HOUSE_FILTERS.some((name) => params.has(name));
    scope.textContent = t('retrofit.plan.scope', where) + (filtered ? t('retrofit.plan.filtered') : '');
  }

  async function refresh() {
    describeScope();
    pending?.abort();
    pending = new AbortController();
    out.setAttribute('aria-busy', 'true');
    try {
      render(await getJson(`/api/retrofit/candidates?${query()}`, { signal: pending.signal }));
      comparison.refresh();
    } catch (e) {
      if (e.name !== 'AbortError') out.textContent = t('error.load', e.message);
    } finally {
      out.removeAttribute('aria-busy');
    }
  }

  function render(s) {
    const link = (list, [format, label], extra) => `<a class="download" href="/api/retrofit/candidates/${list}.${format}?${query()}${extra}" download>${escapeHtml(t(label))}</a>`;
    const plan = s.plan;
    let html = `<dl><dt>${escapeHtml(t('retrofit.candidates'))}</dt><dd>${formatNumber(s.candidates)}</dd>`
      + `<dt>${escapeHtml(t('retrofit.budget'))}</dt><dd>${escapeHtml(formatWan(s.budget.total_wan))}</dd></dl>`
      + `<p class="hint">${escapeHtml(s.budget.source)}</p>`;
    if (plan) {
      html += `<p class="budget-fit" data-villages="${plan.villages}" data-used-wan="${plan.used_wan}" data-left-wan="${plan.left_wan}">`
        + `${escapeHtml(t('retrofit.plan.fit', formatWan(plan.budget_wan), formatNumber(plan.villages), formatNumber(plan.candidates),
          formatWan(plan.used_wan), formatWan(plan.left_wan)))}</p>`;
      if (plan.villages_skipped > 0 && plan.villages > 0) html += `<p class="hint">${escapeHtml(t('retrofit.plan.rule'))}</p>`;
    }
    if (!s.villages.length) {
      html += `<p class="hint">${escapeHtml(t('retrofit.plan.none'))}</p>`;
    } else {
      html += `<h3>${escapeHtml(t('retrofit.plan.ranking'))}</h3>${table(s.villages.slice(0, SHOWN_VILLAGES), plan)}`;
      if (s.villages.length > SHOWN_VILLAGES) html += `<p class="hint">${escapeHtml(t('retrofit.plan.more', formatNumber(s.villages.length)))}</p>`;
    }
    html += `<p class="downloads villages">${escapeHtml(t(plan ? 'retrofit.plan.rankingDownload' : 'retrofit.villageList'))}${colon()}`
      + `${FORMATS.map((f) => link('villages', f, `&lang=${language()}`)).join(' ')}</p>`;
    if (PERSONAL_DATA.includes(me.role)) {
      html += `<p class="downloads targets">${escapeHtml(t('retrofit.targets'))}${colon()}`
        + `${FORMATS.map((f) => link('targets', f, f[0] === 'xlsx' ? '&sheet_per_township=true' : '')).join(' ')}</p>`;
    }
    out.innerHTML = html;
  }

  /** The ranking: rank, village and its candidates; its subsidy and the running total (万元); within the budget. */
  function table(villages, plan) {
    const head = ['retrofit.plan.village', 'retrofit.plan.costWan', 'retrofit.plan.cumulativeWan']
      .concat(plan ? ['retrofit.plan.within'] : [])
      .map((k) => `<th scope="col">${escapeHtml(t(k))}</th>`).join('');
    const rows = villages.map((v) => {
      const state = v.within_budget == null ? '' : (v.within_budget ? 'within' : 'skipped');
      return `<tr class="${state}" data-code="${escapeHtml(v.code)}">`
        + `<th scope="row" title="${escapeHtml(v.parent_name ?? '')}"><span class="rank">${v.rank}</span> ${escapeHtml(v.name)}`
        + ` <span class="count">${escapeHtml(t(v.candidates === 1 ? 'retrofit.plan.house' : 'retrofit.plan.houses', formatNumber(v.candidates)))}</span></th>`
        + `<td>${formatNumber(Number(v.budget_yuan) / 10000)}</td>`
        + `<td>${v.cumulative_wan == null ? '—' : formatNumber(v.cumulative_wan)}</td>`
        + (plan ? `<td>${escapeHtml(t(v.within_budget ? 'retrofit.plan.yes' : 'retrofit.plan.no'))}</td>` : '')
        + '</tr>';
    }).join('');
    return `<table class="retrofit-ranking"><thead><tr>${head}</tr></thead><tbody>${rows}</tbody></table>`;
  }

  const comparison = createRetrofitComparison(element.querySelector('#retrofit-compare'), {
    selection, criteria: () => { const p = houseFilter(); choices().forEach((v, k) => p.set(k, v)); return p.toString().replace(/%2C/g, ','); },
  });

  form.addEventListener('change', (e) => { if (e.target.name !== 'budget') refresh(); });
  // the budget: counted after a pause in typing, or at once on Enter / leaving the field
  form.elements.budget.addEventListener('input', () => { clearTimeout(typing); typing = setTimeout(refresh, 500); });
  form.elements.budget.addEventListener('change', () => { clearTimeout(typing); refresh(); });
  form.addEventListener('submit', (e) => { e.preventDefault(); clearTimeout(typing); refresh(); });

  const ready = getJson('/api/retrofit/presets').then((c) => {
    form.elements.preset.innerHTML = c.presets.map((p) => `<option value="${escapeHtml(p.name)}" title="${escapeHtml(p.source)}">`
      + `${escapeHtml(t('retrofit.plan.presetOption', presetLabel(p.name), formatYuan(p.per_house_yuan)))}</option>`).join('');
    form.elements.preset.value = c.default_preset;
    form.elements.min_intensity.value = String(Math.max(7, Math.min(9, c.min_intensity)));
    form.elements.target.checked = c.target_only;
    return refresh();
  });
  return { refresh, ready };
}

/** A preset's name in words: messages retrofit.preset.<name>, else the configured name itself. */
function presetLabel(name) {
  const key = `retrofit.preset.${name}`;
  const label = t(key);
  return label === key ? name : label;
}

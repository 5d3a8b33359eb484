import { getJson, escapeHtml } from './api.js';
import { t, formatNumber, colon, formatWan } from './i18n.js';
import { createRetrofitComparison } from './retrofit-comparison.js';

/**
 * 农房抗震改造试点: candidates in ≥ 7° zones, ranked villages and the budget; download the list; and
 * two areas of the map selection compared side by side (see retrofit-comparison.js).
 */
export async function showRetrofitPanel(element, { selection }) {
  element.innerHTML = `<h2>${escapeHtml(t('retrofit.title'))}</h2><div id="retrofit-summary"></div><div id="retrofit-compare"></div>`;
  createRetrofitComparison(element.querySelector('#retrofit-compare'), { selection });
  const s = await getJson('/api/retrofit/candidates');
  const villages = s.villages.slice(0, 10).map((v) => `<li>${escapeHtml(v.parent_name ?? '')} ${escapeHtml(v.name)}${colon()}`
    + `${formatNumber(v.candidates)} ${escapeHtml(t('retrofit.houses'))}（${(v.share * 100).toFixed(1)}%）</li>`).join('');
  const formats = (list) => ['xlsx', 'kml', 'csv', 'shp.zip', 'gpkg']
    .map((f) => `<a class="download" href="/api/retrofit/candidates/${list}.${f}${f === 'xlsx' ? '?sheet_per_township=true' : ''}" download>${escapeHtml(t(`download.${f === 'shp.zip' ? 'shp' : f}`))}</a>`).join(' ');
  element.querySelector('#retrofit-summary').innerHTML = `<dl><dt>${escapeHtml(t('retrofit.candidates'))}</dt><dd>${formatNumber(s.candidates)}</dd>`
    + `<dt>${escapeHtml(t('retrofit.budget'))}</dt><dd>${escapeHtml(formatWan(s.budget.total_wan))}</dd></dl>`
    + `<p class="hint">${escapeHtml(s.budget.source)}</p>`
    + `<h3>${escapeHtml(t('retrofit.villages'))}</h3><ol class="ranking">${villages}</ol>`
    + `<p class="downloads villages">${escapeHtml(t('retrofit.villageList'))}${colon()}${formats('villages')}</p>`
    + `<p class="downloads targets">${escapeHtml(t('retrofit.targets'))}${colon()}${formats('targets')}</p>`;
}

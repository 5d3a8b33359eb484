import { getJson, escapeHtml, send } from './api.js';
import { t, formatNumber } from './i18n.js';

const FORMATS = [
  ['xlsx', 'download.xlsx', '&sheet_per_township=true'],
  ['kml', 'download.kml', ''],
  ['csv', 'download.csv', ''],
  ['shp.zip', 'download.shp', ''],
  ['gpkg', 'download.gpkg', ''],
];

function downloadLinks(base, query) {
  return FORMATS.map(([suffix, label, extra]) =>
    `<a class="download" href="${base}/targets.${suffix}?${query}${extra}" download>${escapeHtml(t(label))}</a>`).join(' ');
}

function exposureRows(e) {
  return [
    ['exposure.houses', e.houses], ['exposure.occupiedDangerous', e.occupied_dangerous],
    ['exposure.occupiedUnassessed', e.occupied_unassessed], ['exposure.targetHouseholds', e.target_households],
    ['exposure.vulnerableHouseholds', e.vulnerable_households], ['exposure.persons', e.persons],
  ].map(([k, v]) => `<dt>${escapeHtml(t(k))}</dt><dd>${formatNumber(v)}</dd>`).join('');
}

/**
 * 应急排查: pick a disaster event (or draw one on the map), set a buffer in metres, see what it hit
 * and download the prioritised target list. Also the 危房住人 list of the whole county.
 */
export function createEmergencyPanel(map, element, { onEventsChanged }) {
  element.innerHTML = `
    <h2>${escapeHtml(t('emergency.title'))}</h2>
    <label>${escapeHtml(t('emergency.event'))} <select id="event-select"></select></label>
    <label>${escapeHtml(t('emergency.buffer'))} <input id="event-buffer" type="number" min="0" max="50000" step="50" value="0"></label>
    <div class="buttons">
      <button type="button" id="event-draw">${escapeHtml(t('emergency.draw'))}</button>
      <button type="button" id="event-run">${escapeHtml(t('emergency.run'))}</button>
    </div>
    <div id="event-result" aria-live="polite"></div>
    <h2>${escapeHtml(t('living.title'))}</h2>
    <div id="living-result"></div>`;
  const select = element.querySelector('#event-select');
  const buffer = element.querySelector('#event-buffer');
  const result = element.querySelector('#event-result');

  async function loadEvents(selectId) {
    const events = await getJson('/api/disaster-events');
    select.innerHTML = events.map((e) => `<option value="${e.id}">${escapeHtml(e.name)} (${escapeHtml(e.started_on)})</option>`).join('');
    if (selectId) select.value = String(selectId);
    onEventsChanged();
  }

  async function run() {
    if (!select.value) return;
    const metres = Math.max(0, Number(buffer.value) || 0);
    result.textContent = '…';
    try {
      const s = await getJson(`/api/disasters/${select.value}/affected?buffer=${metres}`);
      const villages = s.villages.slice(0, 10).map((v) => `<li>${escapeHtml(v.parent_name ?? '')} ${escapeHtml(v.name)}：`
        + `${escapeHtml(t('exposure.occupiedDangerousShort'))} ${formatNumber(v.exposure.occupied_dangerous)}，`
        + `${escapeHtml(t('exposure.vulnerableShort'))} ${formatNumber(v.exposure.vulnerable_households)}</li>`).join('');
      result.innerHTML = `<dl>${exposureRows(s.totals)}</dl>`
        + `<h3>${escapeHtml(t('emergency.villages'))}</h3><ol class="ranking">${villages}</ol>`
        + `<p class="downloads">${escapeHtml(t('emergency.targets'))}：${downloadLinks(`/api/disasters/${select.value}/affected`, `buffer=${metres}`)}</p>`;
    } catch (e) {
      result.textContent = t('error.load', e.message);
    }
  }

  element.querySelector('#event-run').addEventListener('click', run);
  let drawing = null;
  element.querySelector('#event-draw').addEventListener('click', () => {
    drawing = new L.Draw.Polygon(map, { allowIntersection: false, showArea: true });
    drawing.enable();
  });
  map.on(L.Draw.Event.DRAWSTOP, () => { setTimeout(() => { drawing = null; }); });
  map.on(L.Draw.Event.CREATED, async (event) => {
    if (!drawing) return; // another panel's drawing
    const name = window.prompt(t('emergency.namePrompt'), t('emergency.defaultName'));
    if (!name) return;
    const feature = event.layer.toGeoJSON();
    feature.properties = { name, type: 'FLOOD', started_on: new Date().toISOString().slice(0, 10) };
    const response = await send('/api/disasters', {
      method: 'POST', headers: { 'Content-Type': 'application/geo+json' }, body: JSON.stringify(feature),
    });
    const body = await response.json();
    if (!response.ok) {
      result.textContent = t('error.load', body.detail);
      return;
    }
    await loadEvents(body.id);
    await run();
  });

  async function living() {
    const s = await getJson('/api/living-in-danger');
    element.querySelector('#living-result').innerHTML = `<dl>${exposureRows(s.totals)}`
      + `<dt>${escapeHtml(t('living.builtNew'))}</dt><dd>${formatNumber(s.built_new_still_in_old)}</dd></dl>`
      + `<p class="downloads">${downloadLinks('/api/living-in-danger', '')}</p>`;
  }

  return { loadEvents, run, living };
}

import { t, translatePage, language, setLanguage, formatNumber } from './i18n.js';
import { getJson, escapeHtml } from './api.js';
import { GRADE_COLOURS, SEISMIC_COLOURS, FLOOD_COLOURS } from './style.js';
import { createHousesLayer, ALL_HOUSES_ZOOM } from './houses-layer.js';
import { areaLayer, seismicLayer, disasterLayer } from './context-layers.js';
import { createEmergencyPanel } from './emergency-panel.js';
import { showRetrofitPanel } from './retrofit-panel.js';

translatePage();
const languageButton = document.getElementById('language');
languageButton.textContent = t('language.switch');
languageButton.addEventListener('click', () => {
  setLanguage(language() === 'en' ? 'zh-CN' : 'en');
  location.reload();
});

// Offline by default: no basemap tiles, the county's own layers are the map.
const map = L.map('map', { zoomControl: true, preferCanvas: true });
// for browser tests and the console: the map element knows its Leaflet map (no global variable)
document.getElementById('map').anjuMap = map;
L.control.scale({ imperial: false }).addTo(map);

const summary = document.getElementById('summary');
const hint = document.getElementById('zoom-hint');
const showError = (e) => { hint.textContent = t('error.load', e.message); };

const houses = createHousesLayer(map, {
  onError: showError,
  onSummary(s) {
    const rows = [
      ['summary.shown', s.shown],
      ...(s.matched !== null ? [['summary.matched', s.matched]] : []),
      ['summary.dangerous', s.dangerous],
      ['summary.occupiedDangerous', s.occupiedDangerous],
    ];
    summary.innerHTML = rows.map(([k, v]) => `<dt>${escapeHtml(t(k))}</dt><dd>${formatNumber(v)}</dd>`).join('');
    hint.textContent = s.truncated ? t('hint.truncated', formatNumber(s.shown)) : (s.allHouses ? '' : t('hint.zoomIn', ALL_HOUSES_ZOOM));
  },
});

async function start() {
  const [villages, townships, seismic, disasters, tree] = await Promise.all([
    areaLayer(map, 'VILLAGE', { color: '#777', weight: 1, fill: false }, 13),
    areaLayer(map, 'TOWNSHIP', { color: '#1f4e79', weight: 2.5, fill: false }, 0),
    seismicLayer(), disasterLayer(), getJson('/api/areas/tree'),
  ]);
  seismic.layer.addTo(map);
  disasters.layer.addTo(map);
  villages.addTo(map);
  townships.addTo(map);
  houses.layer.addTo(map);
  L.control.layers(null, {
    [t('layer.houses')]: houses.layer,
    [t('layer.townships')]: townships,
    [t('layer.villages')]: villages,
    [t('layer.seismic')]: seismic.layer,
    [t('layer.disasters')]: disasters.layer,
  }, { collapsed: window.innerWidth < 700 }).addTo(map);
  document.getElementById('county-name').textContent = tree.map((c) => c.name).join('、');
  renderLegend(seismic.zones);
  const emergency = createEmergencyPanel(map, document.getElementById('emergency'), {
    onEventsChanged: () => disasters.reload(),
  });
  await emergency.loadEvents();
  await Promise.all([emergency.run(), emergency.living(), showRetrofitPanel(document.getElementById('retrofit'))]);
  const bounds = townships.getBounds();
  if (bounds.isValid()) map.fitBounds(bounds); else map.setView([35.61, 111.22], 11);
}

function renderLegend(zones) {
  const items = ['A', 'B', 'C', 'D', 'UNASSESSED']
    .map((g) => `<li><span class="dot" style="background:${GRADE_COLOURS[g]}"></span>${escapeHtml(t(`grade.${g}`))}</li>`);
  items.push(`<li><span class="dot occupied" style="background:${GRADE_COLOURS.D}"></span>${escapeHtml(t('legend.occupiedDanger'))}</li>`);
  const intensities = [...new Map(zones.features.map((f) => [f.properties.intensity, f.properties.pga])).entries()].sort();
  for (const [degree, pga] of intensities) {
    items.push(`<li><span class="swatch" style="background:${SEISMIC_COLOURS[degree]}"></span>${escapeHtml(t('legend.seismic', degree, Number(pga).toFixed(2)))}</li>`);
  }
  items.push(`<li><span class="swatch" style="background:linear-gradient(90deg,${FLOOD_COLOURS[1]},${FLOOD_COLOURS[3]})"></span>${escapeHtml(t('legend.flood'))}</li>`);
  document.getElementById('legend').innerHTML = items.join('');
}

start().catch(showError);

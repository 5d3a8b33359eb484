import { t, formatNumber } from './i18n.js';
import { getJson, escapeHtml } from './api.js';
import { setUpTopbar, worksCases, opensCases, runsCampaigns } from './topbar.js';
import { GRADE_COLOURS, SEISMIC_COLOURS, SEISMIC_FILL_OPACITY, FLOOD_COLOURS, TARGET_COLOUR, URGENCY_COLOURS, PRIORITY_COLOURS } from './style.js';
import { caseLayer } from './case-layer.js';
import { problemLayer } from './problem-layer.js';
import { HouseTileLayer } from './house-tiles.js';
import { areaLayer, seismicLayer } from './context-layers.js';
import { createEventLayer, otherEventsLayer } from './event-layer.js';
import { openHousePopup } from './house-popup.js';
import { createFilterPanel } from './filter-panel.js';
import { createSearchBox } from './search-box.js';
import { createSelectionPanel } from './selection-panel.js';
import { createEmergencyPanel } from './emergency-panel.js';
import { createRetrofitPanel } from './retrofit-panel.js';

const map = L.map('map', { zoomControl: true, preferCanvas: true });
// for browser tests and the console: the map element knows its Leaflet map (no global variable)
document.getElementById('map').anjuMap = map;
L.control.scale({ imperial: false }).addTo(map);

const summary = document.getElementById('summary');
const hint = document.getElementById('zoom-hint');
const showError = (e) => { hint.textContent = t('error.load', e.message); };

// houses above the area layers (seismic zones, floods, boundaries), which stay clickable below them
map.createPane('houses').style.zIndex = 450;
map.getPane('houses').style.pointerEvents = 'none';
const houses = new HouseTileLayer({ pane: 'houses' });
houses.on('tileerror', (e) => showError(e.error ?? new Error('tile')));
let filterQuery = '';
let pointsFromZoom = 12;
let pendingSummary;
let lastSummary = Promise.resolve();
// the first complete render: every house tile of the first view drawn (GridLayer fires 'load')
const firstHouseTiles = new Promise((resolve) => houses.once('load', resolve));

/** 当前视图: counts of the houses in view under the filter (the map shows the same houses). */
function updateSummary() {
  lastSummary = countView();
  return lastSummary;
}

async function countView() {
  pendingSummary?.abort();
  pendingSummary = new AbortController();
  const b = map.getBounds();
  const bbox = [Math.max(b.getWest(), -180), Math.max(b.getSouth(), -90), Math.min(b.getEast(), 180), Math.min(b.getNorth(), 90)]
    .map((v) => v.toFixed(6)).join(',');
  try {
    const s = await getJson(`/api/houses/statistics?bbox=${bbox}${filterQuery ? `&${filterQuery}` : ''}`, { signal: pendingSummary.signal });
    const rows = [
      ['stats.houses', s.houses], ['stats.dangerous', s.by_grade.C + s.by_grade.D],
      ['stats.occupiedDangerous', s.occupied_dangerous], ['stats.households', s.households],
      ['stats.targetHouseholds', Object.values(s.by_category).reduce((a, n) => a + n, 0)], ['stats.persons', s.persons],
    ];
    summary.innerHTML = rows.map(([k, v]) => `<dt>${escapeHtml(t(k))}</dt><dd>${formatNumber(v)}</dd>`).join('');
    summary.dataset.houses = s.houses;
    hint.textContent = map.getZoom() < pointsFromZoom ? t('hint.cells', pointsFromZoom) : '';
  } catch (e) {
    if (e.name !== 'AbortError') showError(e);
  }
}

function flatten(nodes, parent = null, out = []) {
  for (const n of nodes) {
    out.push({ code: n.code, name: n.name, level: n.level, parent_code: parent });
    flatten(n.children ?? [], n.code, out);
  }
  return out;
}

/** The service answers while it loads the sample county at first start: say so, and reload when done. */
async function waitForSampleCounty() {
  const notice = document.getElementById('notice');
  notice.textContent = t('notice.sampleLoading');
  notice.hidden = false;
  for (;;) {
    await new Promise((resolve) => setTimeout(resolve, 3000));
    const config = await getJson('/api/map-config').catch(() => ({ sample_county_loading: true }));
    if (!config.sample_county_loading) {
      location.reload();
      return;
    }
  }
}

async function start() {
  const config = await getJson('/api/map-config');
  if (config.sample_county_loading) {
    await waitForSampleCounty();
    return;
  }
  const me = await setUpTopbar('map');
  const [villages, townships, seismic, tree] = await Promise.all([
    areaLayer(map, 'VILLAGE', { color: '#777', weight: 1, fill: false }, 13),
    areaLayer(map, 'TOWNSHIP', { color: '#1f4e79', weight: 2.5, fill: false }, 0),
    seismicLayer(), getJson('/api/areas/tree'),
  ]);
  // one disaster at a time: the chosen event with its buffer and affected houses; the others on demand
  const chosenEvent = createEventLayer(map);
  const otherEvents = otherEventsLayer();
  pointsFromZoom = config.house_points_from_zoom;
  const basemaps = {};
  for (const b of config.basemaps) {
    basemaps[b.name] = L.tileLayer(b.url, { subdomains: b.subdomains || 'abc', attribution: escapeHtml(b.attribution), maxZoom: b.max_zoom });
  }
  if (config.basemaps.length) {
    basemaps[t('layer.noBasemap')] = L.layerGroup();
    Object.values(basemaps)[0].addTo(map);
  }
  seismic.layer.addTo(map);
  chosenEvent.layer.addTo(map);
  villages.addTo(map);
  townships.addTo(map);
  houses.addTo(map);
  const overlays = {
    [t('layer.houses')]: houses,
    [t('layer.townships')]: townships,
    [t('layer.villages')]: villages,
    [t('layer.seismic')]: seismic.layer,
    [t('layer.event')]: chosenEvent.layer,
    [t('layer.otherEvents')]: otherEvents.layer,
  };
  // the case ledger's open cases (county staff): rings around the houses, on by default
  const withCases = worksCases(me);
  let cases = null;
  if (withCases) {
    map.createPane('cases').style.zIndex = 460;
    map.getPane('cases').style.pointerEvents = 'none';
    cases = caseLayer(map, { pane: 'cases', onLoad: showCaseCounts, onError: showError });
    overlays[t('layer.cases')] = cases.layer;
  }
  // the problem ledger's open problems with a point (county, township and village staff): off by default
  if (opensCases(me)) {
    map.createPane('problems').style.zIndex = 620;
    const states = ['REGISTERED', 'ASSIGNED', 'RECTIFYING', 'CLOSE_REQUESTED', 'REVIEWED'];
    overlays[t('layer.problems')] = problemLayer(map, { pane: 'problems', openStates: states, onError: showError }).layer;
  }
  L.control.layers(config.basemaps.length ? basemaps : null, overlays, { collapsed: window.innerWidth < 700 }).addTo(map);
  document.getElementById('county-name').textContent = tree.map((c) => c.name).join('、');
  renderLegend(seismic.zones, withCases);

  const open = (code, latlng) => openHousePopup(map, code, latlng, { withCases, opensCases: opensCases(me) });
  createSearchBox(document.getElementById('search'), map, { openHouse: open });
  let retrofit = null;
  const selection = createSelectionPanel(document.getElementById('selection'), map, {
    villagesLayer: villages, filter: () => filterQuery, onChange: () => retrofit?.refresh(),
  });
  const areaList = flatten(tree);
  // 抗震改造规划 follows the filter and the selection (the selection panel tells it of every change)
  retrofit = createRetrofitPanel(document.getElementById('retrofit'), { selection, areas: areaList, me });
  createFilterPanel(document.getElementById('filters'), areaList, (query) => {
    filterQuery = query;
    houses.setFilter(query);
    updateSummary();
    selection.refresh();
  });
  map.on('click', (e) => {
    if (selection.isPicking()) return;
    const hit = houses.featureAt(e.latlng);
    if (hit?.layer === 'houses') open(hit.properties.code, hit.latlng);
    else if (hit) map.setView(hit.latlng, Math.min(map.getZoom() + 2, pointsFromZoom));
  });
  map.on('moveend', updateSummary);

  const emergency = createEmergencyPanel(map, document.getElementById('emergency'), {
    onEventsChanged: ({ includeArchived } = {}) => otherEvents.reload(undefined, { refetch: true, includeArchived }),
    onEventChosen: (id, metres, options) => (id == null ? (chosenEvent.clear(), otherEvents.reload(null))
      : Promise.all([chosenEvent.show(id, metres, options), otherEvents.reload(id)])),
    createsCampaigns: runsCampaigns(me),
  });
  const bounds = townships.getBounds();
  const shared = /^#(\d+)\/(-?[\d.]+)\/(-?[\d.]+)$/.exec(location.hash);
  if (shared) map.setView([Number(shared[2]), Number(shared[3])], Number(shared[1]));
  else if (bounds.isValid()) map.fitBounds(bounds);
  else map.setView([35.61, 111.22], 11);
  cases?.layer.addTo(map);   // once the map has a view to ask for
  // the view is in the address (#zoom/lat/lon), so a link shows a colleague the same place
  map.on('moveend', () => {
    const c = map.getCenter();
    history.replaceState(null, '', `#${map.getZoom()}/${c.lat.toFixed(5)}/${c.lng.toFixed(5)}`);
  });
  // ?house=CODE opens that house, as a link sent by a colleague would
  const linkedHouse = new URLSearchParams(location.search).get('house');
  if (linkedHouse) {
    const feature = await getJson(`/api/houses/${encodeURIComponent(linkedHouse)}`);
    const [lon, lat] = feature.geometry.coordinates;
    map.setView([lat, lon], Math.max(map.getZoom(), 17));
    open(linkedHouse, [lat, lon]);
  }
  // ?event=ID (from the list of disaster events) chooses that event and zooms to it
  const linkedEvent = new URLSearchParams(location.search).get('event');
  await emergency.loadEvents(linkedEvent);
  await Promise.all([emergency.run({ keepView: !linkedEvent }), emergency.living(), retrofit.ready,
    firstHouseTiles, lastSummary]);
  // complete: tiles drawn, counts and panels filled. bench/first-render reads the time since navigation
  const mapElement = document.getElementById('map');
  mapElement.dataset.renderedMs = String(Math.round(performance.now()));
  mapElement.dataset.ready = 'true';
}

/** 案件 in view by urgency, under the legend's rings; nothing while the layer is off. */
function showCaseCounts(cases) {
  const counts = document.getElementById('case-counts');
  if (!counts) return;
  if (!cases) {
    counts.textContent = '';
    return;
  }
  const u = cases.by_urgency;
  counts.textContent = t('legend.caseCounts', formatNumber(u.OVERDUE), formatNumber(u.DUE_SOON), formatNumber(u.ON_TIME), formatNumber(u.NONE))
    + (cases.numberReturned < cases.numberMatched ? ` ${t('legend.caseTruncated', formatNumber(cases.numberReturned))}` : '');
}

function renderLegend(zones, withCases) {
  const items = ['A', 'B', 'C', 'D', 'UNASSESSED']
    .map((g) => `<li><span class="dot" style="background:${GRADE_COLOURS[g]}"></span>${escapeHtml(t(`grade.${g}`))}</li>`);
  items.push(`<li><span class="dot occupied" style="background:${GRADE_COLOURS.D}"></span>${escapeHtml(t('legend.occupiedDanger'))}</li>`);
  items.push(`<li><span class="dot" style="background:#fff;border:2px solid ${TARGET_COLOUR}"></span>${escapeHtml(t('legend.target'))}</li>`);
  items.push(`<li><span class="dot cell"><span>9</span></span>${escapeHtml(t('legend.cells'))}</li>`);
  const intensities = [...new Map(zones.features.map((f) => [f.properties.intensity, f.properties.pga])).entries()].sort();
  for (const [degree, pga] of intensities) {
    items.push(`<li><span class="swatch seismic" data-intensity="${degree}" style="background:${SEISMIC_COLOURS[degree]};opacity:${SEISMIC_FILL_OPACITY}"></span>${escapeHtml(t('legend.seismic', degree, Number(pga).toFixed(2)))}</li>`);
  }
  items.push(`<li><span class="swatch" style="background:linear-gradient(90deg,${FLOOD_COLOURS[1]},${FLOOD_COLOURS[3]})"></span>${escapeHtml(t('legend.flood'))}</li>`);
  items.push(`<li><span class="swatch" style="background:none;border:2px dashed #08519c"></span>${escapeHtml(t('legend.eventBuffer'))}</li>`);
  for (const p of [1, 2, 3, 4]) {
    items.push(`<li><span class="dot" style="background:${PRIORITY_COLOURS[p]}"></span>${escapeHtml(t(`priority.${p}`))}</li>`);
  }
  if (withCases) {
    for (const u of ['OVERDUE', 'DUE_SOON', 'ON_TIME', 'NONE']) {
      items.push(`<li><span class="ring" style="border-color:${URGENCY_COLOURS[u]}"></span>${escapeHtml(t(`legend.case.${u}`))}</li>`);
    }
    items.push('<li class="hint" id="case-counts"></li>');
  }
  document.getElementById('legend').innerHTML = items.join('');
}

start().catch(showError);

import { t, formatNumber, colon } from './i18n.js';
import { getJson, escapeHtml } from './api.js';

/**
 * 选择区域: click villages (toggle) or draw a polygon/rectangle; shows the counts of the houses the
 * selection holds under the current filter (GET /api/houses/statistics) and what to do with them.
 * villagesLayer is the L.GeoJSON of village boundaries; filter() gives the current filter query;
 * onChange() is called whenever the filter or the selection changed (refresh), e.g. for the retrofit panel.
 */
export function createSelectionPanel(element, map, { villagesLayer, filter, onChange = () => {} }) {
  element.innerHTML = `<h2>${escapeHtml(t('selection.title'))}</h2>
    <div class="buttons">
      <button type="button" id="select-villages" aria-pressed="false">${escapeHtml(t('selection.villages'))}</button>
      <button type="button" id="select-polygon">${escapeHtml(t('selection.polygon'))}</button>
      <button type="button" id="select-rectangle">${escapeHtml(t('selection.rectangle'))}</button>
      <button type="button" id="select-clear">${escapeHtml(t('selection.clear'))}</button>
    </div>
    <p class="hint" id="selection-hint">${escapeHtml(t('selection.hint'))}</p>
    <div id="selection-result"></div>`;
  const result = element.querySelector('#selection-result');
  const hint = element.querySelector('#selection-hint');
  const villageButton = element.querySelector('#select-villages');
  const chosen = new Map();                 // village code -> boundary layer
  const drawn = L.featureGroup().addTo(map);
  let area = null;                          // WKT of the drawn area
  let picking = false;
  let drawing = null;

  const highlight = { color: '#0b63c5', weight: 3, fill: true, fillColor: '#0b63c5', fillOpacity: 0.12 };

  function selectionQuery() {
    const params = new URLSearchParams(filter());
    if (chosen.size) { params.delete('village'); params.delete('township'); params.set('village', [...chosen.keys()].join(',')); }
    if (area) params.set('within', area);
    return params.toString().replace(/%2C/g, ',');
  }

  async function refresh() {
    onChange();
    if (!chosen.size && !area) { result.innerHTML = ''; hint.hidden = false; return; }
    hint.hidden = true;
    try {
      const s = await getJson(`/api/houses/statistics?${selectionQuery()}`);
      const names = [...chosen.values()].map((l) => l.feature.properties.name);
      const grades = Object.entries(s.by_grade).map(([g, n]) => `<dt>${escapeHtml(t(`grade.${g}`))}</dt><dd>${formatNumber(n)}</dd>`).join('');
      const categories = Object.entries(s.by_category).map(([c, n]) => `<dt>${escapeHtml(t(`category.${c}`))}</dt><dd>${formatNumber(n)}</dd>`).join('');
      result.innerHTML = (names.length ? `<p class="chosen">${names.map(escapeHtml).join('、')}</p>` : '')
        + (area ? `<p class="chosen">${escapeHtml(t('selection.drawn'))}</p>` : '')
        + `<dl class="selection-counts"><dt>${escapeHtml(t('stats.houses'))}</dt><dd>${formatNumber(s.houses)}</dd>${grades}`
        + (s.demolished ? `<dt class="minor">${escapeHtml(t('stats.demolished'))}</dt><dd class="minor">${formatNumber(s.demolished)}</dd>` : '')
        + `<dt class="strong">${escapeHtml(t('stats.occupiedDangerous'))}</dt><dd class="strong">${formatNumber(s.occupied_dangerous)}</dd>`
        + `<dt>${escapeHtml(t('stats.households'))}</dt><dd>${formatNumber(s.households)}</dd>${categories}`
        + `<dt>${escapeHtml(t('stats.persons'))}</dt><dd>${formatNumber(s.persons)}</dd></dl>`
        + `<p class="downloads">${escapeHtml(t('selection.download'))}${colon()}${['xlsx', 'kml', 'csv', 'shp.zip', 'gpkg'].map((f) => `<a class="download" href="/api/houses.${f}?${selectionQuery()}">${escapeHtml(t(`download.${f === 'shp.zip' ? 'shp' : f}`))}</a>`).join(' ')}</p>`;
    } catch (e) {
      result.textContent = t('error.load', e.message);
    }
  }

  function toggleVillage(boundary) {
    const code = boundary.feature.properties.code;
    if (chosen.has(code)) { chosen.delete(code); villagesLayer.resetStyle(boundary); } else { chosen.set(code, boundary); boundary.setStyle(highlight); }
    refresh();
  }

  villageButton.addEventListener('click', () => {
    picking = !picking;
    villageButton.setAttribute('aria-pressed', String(picking));
    villageButton.classList.toggle('active', picking);
    map.getContainer().classList.toggle('picking', picking);
  });
  map.on('click', (e) => {
    if (!picking) return;
    const boundary = villageAt(villagesLayer, e.latlng);
    if (boundary) toggleVillage(boundary);
  });
  element.querySelector('#select-polygon').addEventListener('click', () => {
    drawing = new L.Draw.Polygon(map, { allowIntersection: false, showArea: true, shapeOptions: highlight });
    drawing.enable();
  });
  element.querySelector('#select-rectangle').addEventListener('click', () => {
    drawing = new L.Draw.Rectangle(map, { shapeOptions: highlight });
    drawing.enable();
  });
  map.on(L.Draw.Event.DRAWSTOP, () => { setTimeout(() => { drawing = null; }); });
  map.on(L.Draw.Event.CREATED, (event) => {
    if (!drawing) return; // another panel's drawing
    drawn.clearLayers().addLayer(event.layer);
    area = toWkt(event.layer.toGeoJSON().geometry);
    refresh();
  });
  element.querySelector('#select-clear').addEventListener('click', () => {
    chosen.forEach((boundary) => villagesLayer.resetStyle(boundary));
    chosen.clear();
    drawn.clearLayers();
    area = null;
    refresh();
  });

  /**
   * The selection as an area, or null when nothing is chosen: the picked villages (code and name)
   * and the drawn area (WKT); when both are given, a house must be in both.
   */
  function current() {
    if (!chosen.size && !area) return null;
    return {
      villages: [...chosen.entries()].map(([code, boundary]) => ({ code, name: boundary.feature.properties.name })),
      within: area,
    };
  }

  // query(): the filter with the selection in it, what the selection's counts and downloads are asked with
  return { refresh, current, query: selectionQuery, isPicking: () => picking, selectArea(wkt) { area = wkt; refresh(); } };
}

/** WKT of a GeoJSON Polygon (lon lat order, as the API expects). */
export function toWkt(polygon) {
  const ring = (r) => `(${r.map(([lon, lat]) => `${lon.toFixed(7)} ${lat.toFixed(7)}`).join(', ')})`;
  return `POLYGON(${polygon.coordinates.map(ring).join(', ')})`;
}

function villageAt(villagesLayer, latlng) {
  let found = null;
  villagesLayer.eachLayer((boundary) => {
    if (!found && boundary.getBounds().contains(latlng) && inside(boundary.feature.geometry, latlng.lng, latlng.lat)) found = boundary;
  });
  return found;
}

/** Even-odd point in (multi)polygon test. */
function inside(geometry, x, y) {
  const polygons = geometry.type === 'MultiPolygon' ? geometry.coordinates : [geometry.coordinates];
  let result = false;
  for (const polygon of polygons) {
    for (const ring of polygon) {
      for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
        const [xi, yi] = ring[i];
        const [xj, yj] = ring[j];
        if ((yi > y) !== (yj > y) && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) result = !result;
      }
    }
  }
  return result;
}

import { getJson } from './api.js';
import { houseStyle, isOccupiedDanger } from './style.js';
import { openHousePopup } from './house-popup.js';

/** Below this zoom only dangerous (C/D) houses are drawn, to keep a county-wide view readable. */
export const ALL_HOUSES_ZOOM = 14;
const PAGE = 5000;

/**
 * Houses in the current view, loaded from /api/houses by bbox and redrawn after each move.
 * Calls onSummary({shown, matched, dangerous, occupiedDangerous, truncated, allHouses}) after each load.
 */
export function createHousesLayer(map, { onSummary, onError }) {
  const layer = L.featureGroup();
  let pending;

  async function reload() {
    if (!map.hasLayer(layer)) return;
    pending?.abort();
    pending = new AbortController();
    const b = map.getBounds();
    const bbox = [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()].map((v) => v.toFixed(6)).join(',');
    const allHouses = map.getZoom() >= ALL_HOUSES_ZOOM;
    const filter = allHouses ? '' : '&grade=C,D';
    try {
      const signal = pending.signal;
      const [page, dangerous] = await Promise.all([
        getJson(`/api/houses?bbox=${bbox}${filter}&limit=${PAGE}`, { signal }),
        getJson(`/api/houses?bbox=${bbox}&grade=C,D&limit=1`, { signal }),
      ]);
      draw(page.features);
      onSummary({
        shown: page.numberReturned,
        matched: allHouses ? page.numberMatched : null,
        dangerous: dangerous.numberMatched,
        occupiedDangerous: page.features.filter((f) => isOccupiedDanger(f.properties)).length,
        truncated: page.numberMatched > page.numberReturned,
        allHouses,
      });
    } catch (e) {
      if (e.name !== 'AbortError') onError(e);
    }
  }

  function draw(features) {
    layer.clearLayers();
    // occupied dangerous houses last, so they are drawn on top
    const ordered = [...features].sort((a, b) => isOccupiedDanger(a.properties) - isOccupiedDanger(b.properties));
    const zoom = map.getZoom();
    for (const f of ordered) {
      const [lon, lat] = f.geometry.coordinates;
      const marker = L.circleMarker([lat, lon], houseStyle(f.properties, zoom));
      marker.bindTooltip(f.properties.code);
      marker.on('click', () => openHousePopup(map, f.properties.code, [lat, lon]));
      marker.addTo(layer);
    }
  }

  map.on('moveend', reload);
  layer.on('add', reload);
  return { layer, reload };
}

import { getJson } from './api.js';
import { URGENCY_COLOURS } from './style.js';

/** Below this zoom the rings cluttered the map (issue 16): only the counts are loaded, no ring drawn. */
export const CASE_RINGS_FROM_ZOOM = 14;

/** Rings big enough around a house close up. */
const radius = (zoom) => (zoom >= 15 ? 10 : 8);

/**
 * 案件（逾期/即将到期）: every open case with a house as a ring around the house, coloured by how
 * pressing its next deadline is (red overdue, orange due soon, blue on time, grey none). Reloaded for
 * the view whenever the map moves while the layer is shown; rings are drawn from zoom 14 only (below,
 * the counts of the view still load); the server sends the most urgent first, at
 * most `limit`. The rings do not take clicks: the house under them opens its popup, which links to
 * the case. `onLoad(collection)` gets the counts of the view (`numberMatched`, `by_urgency`).
 *
 * Options: `pane` (drawn in), `query` (more parameters, e.g. `&township=…`), `onLoad`, `onError`.
 */
export function caseLayer(map, { pane, query = '', limit = 2000, onLoad, onError } = {}) {
  const layer = L.layerGroup();
  let pending;

  async function reload() {
    pending?.abort();
    pending = new AbortController();
    const b = map.getBounds();
    const bbox = [Math.max(b.getWest(), -180), Math.max(b.getSouth(), -90), Math.min(b.getEast(), 180), Math.min(b.getNorth(), 90)]
      .map((v) => v.toFixed(6)).join(',');
    try {
      const cases = await getJson(`/api/cases/map?bbox=${bbox}&limit=${limit}${query}`, { signal: pending.signal });
      layer.clearLayers();
      // the most urgent last, so that a red ring is drawn over a blue one nearby
      // a coloured ring on a white halo: it stays a ring, not one more dot, over the houses' grade colours
      const r = radius(map.getZoom());
      const rings = map.getZoom() >= CASE_RINGS_FROM_ZOOM ? [...cases.features].reverse() : [];
      for (const f of rings) {
        const [lon, lat] = f.geometry.coordinates;
        const weight = (f.properties.urgency === 'OVERDUE' ? 1 : 0) + (r > 6 ? 3 : 2);
        L.circleMarker([lat, lon], { pane, radius: r, weight: weight + 3, color: '#fff', opacity: 0.9, fill: false, interactive: false })
          .addTo(layer);
        L.circleMarker([lat, lon], {
          pane, radius: r, weight, color: URGENCY_COLOURS[f.properties.urgency], fill: false, interactive: false,
        }).addTo(layer);
      }
      map.getContainer().dataset.cases = String(cases.numberReturned);
      map.getContainer().dataset.caseRings = String(rings.length);
      onLoad?.(cases);
    } catch (e) {
      if (e.name !== 'AbortError') onError?.(e);
    }
  }

  layer.on('add', () => {
    map.on('moveend', reload);
    reload();
  });
  layer.on('remove', () => {
    map.off('moveend', reload);
    pending?.abort();
    layer.clearLayers();
    onLoad?.(null);
  });
  return { layer, reload };
}

import { getJson, escapeHtml } from './api.js';
import { SEISMIC_COLOURS, SEISMIC_FILL_OPACITY, FLOOD_COLOURS } from './style.js';

/**
 * Village or township boundaries with name labels; labels appear from zoom labelZoom on, so that
 * 200 village names do not cover a county-wide view.
 */
export async function areaLayer(map, level, style, labelZoom) {
  const areas = await getJson(`/api/areas?level=${level}`);
  const layer = L.geoJSON(areas, {
    style,
    // a string tooltip is HTML to Leaflet: names are escaped (a village called <script> stays text)
    onEachFeature: (f, area) => area.bindTooltip(escapeHtml(f.properties.name), {
      permanent: true, direction: 'center', className: `area-label ${level.toLowerCase()}`,
    }),
  });
  const toggleLabels = () => layer.eachLayer((area) => {
    if (map.getZoom() >= labelZoom) area.openTooltip(); else area.closeTooltip();
  });
  map.on('zoomend', toggleLabels);
  layer.on('add', () => setTimeout(toggleLabels));
  return layer;
}

export async function seismicLayer() {
  const zones = await getJson('/api/seismic-zones');
  return { zones, layer: L.geoJSON(zones, {
    style: (f) => ({ color: '#3f007d', weight: 1, dashArray: '4 4', fillColor: SEISMIC_COLOURS[f.properties.intensity], fillOpacity: SEISMIC_FILL_OPACITY }),
    interactive: false,
  }) };
}

/** Footprints of all disaster events, by severity class; reload() after an event was added. */
export async function disasterLayer() {
  const layer = L.geoJSON(null, {
    style: (f) => ({ color: '#08519c', weight: 1, fillColor: FLOOD_COLOURS[Math.min(f.properties.severity_rank ?? 1, 3)], fillOpacity: 0.45 }),
    onEachFeature: (f, part) => part.bindTooltip(`${escapeHtml(f.properties.event_name)} · ${escapeHtml(f.properties.severity ?? '')}`),
  });
  async function reload() {
    layer.clearLayers();
    layer.addData(await getJson('/api/disasters'));
  }
  await reload();
  return { layer, reload };
}

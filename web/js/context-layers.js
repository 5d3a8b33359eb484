import { getJson, escapeHtml } from './api.js';
import { SEISMIC_COLOURS, SEISMIC_FILL_OPACITY } from './style.js';

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

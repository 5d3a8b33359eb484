import { escapeHtml } from './api.js';
import { t } from './i18n.js';

/** Colours of the campaign map: to do, done, problem found (C/D or people persuaded to leave). */
export const TASK_COLOURS = { TODO: '#8a8f96', DONE: '#2e7d32', PROBLEM: '#d9534f' };

/** A task's colour key: PROBLEM when C/D was found or people were evacuated, else its status. */
export function taskKey(p) {
  if (['C', 'D'].includes(p.found_grade) || p.evacuated_persons > 0) return 'PROBLEM';
  return p.status === 'DONE' ? 'DONE' : 'TODO';
}

/**
 * The campaign on a small map: each village (its boundary, or a point where it has none) filled by the
 * share of its houses done, outlined red when problems were found, labelled "done/tasks · problems";
 * the chosen village's houses as dots (grey to do, green done, red problem). Tapping a dot calls
 * `onTask(id)`. Uses the global Leaflet `L` loaded by the page.
 *
 * @param {HTMLElement} element the map's container
 * @param {{onTask: (id: string) => void}} options
 */
export function campaignMap(element, { onTask }) {
  const map = L.map(element, { preferCanvas: true, zoomSnap: 0.5 });
  map.setView([35.6, 111.1], 12);
  const villages = L.geoJSON(null, {
    style: (f) => villageStyle(f.properties),
    pointToLayer: (f, latlng) => L.circleMarker(latlng, { radius: 14, ...villageStyle(f.properties) }),
  }).addTo(map);
  const labels = L.layerGroup().addTo(map);
  const tasks = L.geoJSON(null, {
    pointToLayer: (f, latlng) => L.circleMarker(latlng, {
      radius: 6, weight: 1, color: '#fff', fillOpacity: 0.95, fillColor: TASK_COLOURS[taskKey(f.properties)],
    }),
    onEachFeature: (f, layer) => {
      layer.bindTooltip(`${escapeHtml(f.properties.head_name ?? '')} ${escapeHtml(f.properties.house_code)}`);
      layer.on('click', () => onTask(String(f.id)));
    },
  }).addTo(map);

  // a hidden container has no size to fit a view into: the zoom waits until it is shown (refresh)
  let pendingFit = false;
  function fit() {
    if (!pendingFit || element.clientWidth === 0) return;
    pendingFit = false;
    map.invalidateSize();
    const bounds = tasks.getBounds().isValid() ? tasks.getBounds() : villages.getBounds();
    if (bounds.isValid()) map.fitBounds(bounds, { padding: [24, 24], maxZoom: 17 });
  }

  return {
    /** Replaces the villages (a GeoJSON FeatureCollection from /api/inspections/{id}/villages). */
    showVillages(collection) {
      villages.clearLayers();
      labels.clearLayers();
      villages.addData(collection);
      for (const f of collection.features) {
        const p = f.properties;
        if (p.label_lat == null) continue;
        const text = `${p.village_name ?? p.village_code} ${p.done}/${p.tasks}${p.problems ? ` · ${t('field.map.problems', p.problems)}` : ''}`;
        L.marker([p.label_lat, p.label_lon], { opacity: 0, interactive: false, keyboard: false })
          .bindTooltip(escapeHtml(text), { permanent: true, direction: 'top', className: 'village-progress' })
          .addTo(labels);
      }
    },
    /** Replaces the houses of the chosen village (task features) and zooms to them, or to the villages. */
    showTasks(features) {
      tasks.clearLayers();
      tasks.addData({ type: 'FeatureCollection', features: features.filter((f) => f.geometry) });
      pendingFit = true;
      fit();
    },
    /** After the container was hidden and shown again: resize, and zoom if that waited for it. */
    refresh() {
      map.invalidateSize();
      fit();
    },
  };
}

function villageStyle(p) {
  const share = p.tasks ? p.done / p.tasks : 0;
  const fill = share >= 1 ? TASK_COLOURS.DONE : share > 0 ? '#f0ad4e' : TASK_COLOURS.TODO;
  return { color: p.problems ? TASK_COLOURS.PROBLEM : '#1f4e79', weight: p.problems ? 3 : 1.5, fillColor: fill, fillOpacity: 0.25 };
}

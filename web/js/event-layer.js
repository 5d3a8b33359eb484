import { getJson, escapeHtml } from './api.js';
import { t } from './i18n.js';
import { FLOOD_COLOURS, PRIORITY_COLOURS } from './style.js';

/**
 * The chosen disaster event alone on the map: its footprint by severity class, the buffer around it
 * (dashed, from /affected/buffer — widened in metres by the server), and the houses it affects as
 * dots coloured by check priority (1 occupied D … 5 the rest, from the target list). The other
 * events are a separate layer, off by default ({@link otherEventsLayer}).
 */
export function createEventLayer(map, { pane = 'event-houses' } = {}) {
  if (!map.getPane(pane)) map.createPane(pane).style.zIndex = 450;
  const footprint = L.geoJSON(null, {
    style: (f) => ({ color: '#08519c', weight: 1.5, fillColor: FLOOD_COLOURS[Math.min(f.properties.severity_rank ?? 1, 3)], fillOpacity: 0.45 }),
    onEachFeature: (f, part) => part.bindTooltip(`${escapeHtml(f.properties.event_name)} · ${escapeHtml(f.properties.severity ?? '')}`),
  });
  const buffer = L.geoJSON(null, {
    style: { color: '#08519c', weight: 2, dashArray: '6 5', fill: false }, interactive: false,
  });
  const houses = L.geoJSON(null, {
    pane,
    pointToLayer: (f, latlng) => L.circleMarker(latlng, {
      pane, radius: f.properties.priority <= 2 ? 7 : 5, weight: 1.5, color: '#fff',
      fillColor: PRIORITY_COLOURS[f.properties.priority] ?? PRIORITY_COLOURS[5], fillOpacity: 0.95,
    }),
    onEachFeature: (f, dot) => dot.bindTooltip(`${escapeHtml(t(`priority.${f.properties.priority}`))}<br>`
      + `${escapeHtml(f.properties.village ?? '')} ${escapeHtml(f.properties.house_code)} · ${escapeHtml(f.properties.head_name ?? '')}`),
  });
  const layer = L.layerGroup([footprint, buffer, houses]);
  let shown = null;

  /** Shows event {@code id} with a buffer of {@code metres}; zooms to it unless {@code keepView}. */
  async function show(id, metres, { keepView = false } = {}) {
    const key = `${id}/${metres}`;
    if (key === shown) {
      if (!keepView) zoomTo(metres > 0);
      return;
    }
    shown = key;
    const [parts, widened, targets] = await Promise.all([
      getJson(`/api/disasters/${id}`),
      metres > 0 ? getJson(`/api/disasters/${id}/affected/buffer?buffer=${metres}`) : null,
      getJson(`/api/disasters/${id}/affected/targets.geojson?buffer=${metres}`),
    ]);
    if (key !== shown) return; // another event was chosen meanwhile
    footprint.clearLayers().addData(parts);
    buffer.clearLayers();
    if (widened) buffer.addData(widened);
    // most urgent drawn last, on top
    targets.features.sort((a, b) => b.properties.priority - a.properties.priority);
    houses.clearLayers().addData(targets);
    // what is drawn, for whoever reads the page (the layers are on a canvas): event, buffer parts, houses by priority
    const byPriority = {};
    for (const f of targets.features) byPriority[f.properties.priority] = (byPriority[f.properties.priority] ?? 0) + 1;
    Object.assign(map.getContainer().dataset, {
      event: key, eventBufferParts: String(widened ? widened.features.length : 0), eventHouses: JSON.stringify(byPriority),
    });
    if (!keepView) zoomTo(widened != null);
  }

  function zoomTo(withBuffer) {
    const bounds = (withBuffer ? buffer : footprint).getBounds();
    if (bounds.isValid()) map.fitBounds(bounds, { padding: [30, 30], maxZoom: 16 });
  }

  function clear() {
    shown = null;
    footprint.clearLayers();
    buffer.clearLayers();
    houses.clearLayers();
    delete map.getContainer().dataset.event;
  }

  return { layer, show, clear, shown: () => shown };
}

/**
 * The footprints of every current event except the chosen one (archived ones too after
 * {@code reload(…, { includeArchived: true })}); {@code reload(exceptId)} after a change.
 */
export function otherEventsLayer() {
  const layer = L.geoJSON(null, {
    style: { color: '#555', weight: 1, dashArray: '2 3', fillColor: '#9ecae1', fillOpacity: 0.25 },
    onEachFeature: (f, part) => part.bindTooltip(`${escapeHtml(f.properties.event_name)} (${escapeHtml(f.properties.started_on ?? '')})`),
  });
  let except = null;
  let all = null;
  let withArchived = false;
  async function reload(exceptId = except, { refetch = false, includeArchived = withArchived } = {}) {
    except = exceptId == null ? null : String(exceptId);
    if (!all || refetch || includeArchived !== withArchived) {
      withArchived = includeArchived;
      all = await getJson(`/api/disasters${withArchived ? '?include_archived=true' : ''}`);
    }
    layer.clearLayers();
    layer.addData({ type: 'FeatureCollection', features: all.features.filter((f) => String(f.properties.event_id) !== except) });
  }
  return { layer, reload };
}

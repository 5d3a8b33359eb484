import { getJson, escapeHtml } from './api.js';
import { t } from './i18n.js';

/** Open problems: red when past the deadline, purple otherwise. */
const COLOUR = { overdue: '#c0392b', open: '#7b3fa0' };

/**
 * 整改问题: the open problems of the ledger that have a point, as small diamonds-like squares (set apart from
 * the houses' round dots), red when overdue. Reloaded for the view while shown; a click opens a popup with
 * the problem and a link to it in the 整改台账. Off by default (a toggle in the layer control).
 *
 * Options: `pane`, `openStates` (the states that count as open, from /api/problems/labels), `onError`.
 */
export function problemLayer(map, { pane, openStates, limit = 2000, onError } = {}) {
  const layer = L.layerGroup();
  let pending;

  async function reload() {
    pending?.abort();
    pending = new AbortController();
    const b = map.getBounds();
    const bbox = [Math.max(b.getWest(), -180), Math.max(b.getSouth(), -90), Math.min(b.getEast(), 180), Math.min(b.getNorth(), 90)]
      .map((v) => v.toFixed(6)).join(',');
    try {
      const problems = await getJson(`/api/problems/map?bbox=${bbox}&limit=${limit}&state=${openStates.join(',')}`,
        { signal: pending.signal });
      layer.clearLayers();
      for (const f of [...problems.features].reverse()) {
        const [lon, lat] = f.geometry.coordinates;
        const p = f.properties;
        const colour = p.overdue ? COLOUR.overdue : COLOUR.open;
        L.marker([lat, lon], {
          pane,
          icon: L.divIcon({ className: 'problem-marker', html: `<span style="background:${colour}"></span>`, iconSize: [14, 14] }),
          title: p.description,
        }).bindPopup(`<b>${escapeHtml(t('problems.number', f.id))}</b> · ${escapeHtml(t(`problems.state.${p.state}`))}
            <p>${escapeHtml(p.description)}</p>
            ${p.deadline_on ? `<p>${escapeHtml(t('problems.deadline'))} ${escapeHtml(p.deadline_on)}${p.overdue ? ` <b class="overdue">${escapeHtml(t('case.overdue'))}</b>` : ''}</p>` : ''}
            <a href="/problems.html?problem=${encodeURIComponent(f.id)}&state=ALL">${escapeHtml(t('problems.openInLedger'))}</a>`)
          .addTo(layer);
      }
      map.getContainer().dataset.problems = String(problems.features.length);
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
  });
  return { layer, reload };
}

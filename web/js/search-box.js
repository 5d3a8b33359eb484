import { t } from './i18n.js';
import { getJson, escapeHtml } from './api.js';

/**
 * 搜索: a house by the start or the tail of its code, a household by its head's name, a village
 * or township by name (GET /api/search), in the server's order (exact matches first). Each hit
 * shows the server's line naming its village, township and (for a household) the tail of its code. Choosing a hit shows it: a house or household opens the house popup, an area
 * fits the map to it.
 */
export function createSearchBox(element, map, { openHouse }) {
  element.innerHTML = `<form class="search" role="search">
      <input type="search" name="q" maxlength="50" autocomplete="off" placeholder="${escapeHtml(t('search.placeholder'))}"
             aria-label="${escapeHtml(t('search.placeholder'))}">
    </form><ul class="search-hits" hidden></ul>`;
  const input = element.querySelector('input');
  const list = element.querySelector('.search-hits');
  let hits = [];
  let pending;
  let timer;

  async function search() {
    const q = input.value.trim();
    if (!q) { list.hidden = true; return; }
    pending?.abort();
    pending = new AbortController();
    try {
      hits = await getJson(`/api/search?q=${encodeURIComponent(q)}`, { signal: pending.signal });
      list.innerHTML = hits.length ? hits.map((h, i) => `<li><button type="button" data-hit="${i}">`
        + `<span class="kind">${escapeHtml(t(`search.kind.${h.kind}`))}</span> ${escapeHtml(h.label)}`
        + (h.match === 'TAIL' ? ` <em class="match">${escapeHtml(t('search.match.TAIL'))}</em>` : '')
        + ` <small>${escapeHtml(h.detail ?? '')}</small></button></li>`).join('')
        : `<li class="none">${escapeHtml(t('search.none'))}</li>`;
      list.hidden = false;
    } catch (e) {
      if (e.name !== 'AbortError') { list.innerHTML = `<li class="none">${escapeHtml(e.message)}</li>`; list.hidden = false; }
    }
  }

  function show(hit) {
    list.hidden = true;
    if (hit.bbox) {
      map.fitBounds([[hit.bbox[1], hit.bbox[0]], [hit.bbox[3], hit.bbox[2]]]);
    } else if (hit.lat !== null && hit.lat !== undefined) {
      map.setView([hit.lat, hit.lon], Math.max(map.getZoom(), 17));
      openHouse(hit.house_code, [hit.lat, hit.lon]);
    }
  }

  input.addEventListener('input', () => { clearTimeout(timer); timer = setTimeout(search, 250); });
  element.querySelector('form').addEventListener('submit', (e) => {
    e.preventDefault();
    clearTimeout(timer);
    search().then(() => { if (hits.length === 1) show(hits[0]); });
  });
  list.addEventListener('click', (e) => {
    const button = e.target.closest('[data-hit]');
    if (button) show(hits[Number(button.dataset.hit)]);
  });
}

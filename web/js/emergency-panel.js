import { getJson, escapeHtml, send, problemText } from './api.js';
import { t, formatNumber, language, colon, comma } from './i18n.js';

const FORMATS = [
  ['xlsx', 'download.xlsx', '&sheet_per_township=true'],
  ['kml', 'download.kml', ''],
  ['csv', 'download.csv', ''],
  ['shp.zip', 'download.shp', ''],
  ['gpkg', 'download.gpkg', ''],
];

const DISASTER_TYPES = ['FLOOD', 'WATERLOGGING', 'LANDSLIDE', 'DEBRIS_FLOW', 'EARTHQUAKE', 'WINDSTORM', 'SNOW_ICE', 'OTHER'];
const ACCEPTED_FILES = '.zip,.kml,.kmz,.gpkg,.geojson,.json,.fgb';
/** Row errors shown under the upload; the report counts the rest. */
const SHOWN_ERRORS = 10;

/** Links to {@code base/list.format} in every format; {@code list} is {@code targets} or {@code villages}. */
function downloadLinks(base, query, list = 'targets') {
  return FORMATS.map(([suffix, label, extra]) =>
    `<a class="download" href="${base}/${list}.${suffix}?${query}${extra}" download>${escapeHtml(t(label))}</a>`).join(' ');
}

/**
 * The field teams' file: a KMZ for phone map apps without a network, priorities 1–4 only (no 受影响农房 of
 * priority 5), placemarks named in the page's language.
 */
function urgentKmzLink(base, query) {
  return `<a class="download urgent" href="${base}/targets.kmz?${query}&max_priority=4&lang=${encodeURIComponent(language())}"`
    + ` title="${escapeHtml(t('download.kmzUrgentTitle'))}" download>${escapeHtml(t('download.kmzUrgent'))}</a>`;
}

function exposureRows(e, housesKey = 'exposure.houses') {
  return [
    [housesKey, e.houses], ['exposure.occupiedDangerous', e.occupied_dangerous],
    ['exposure.occupiedUnassessed', e.occupied_unassessed], ['exposure.targetHouseholds', e.target_households],
    ['exposure.vulnerableHouseholds', e.vulnerable_households], ['exposure.persons', e.persons],
  ].map(([k, v]) => `<dt>${escapeHtml(t(k))}</dt><dd>${formatNumber(v)}</dd>`).join('');
}

/** The report of a refused import: what went wrong, by row and column, in the page's language. */
function importProblems(report) {
  const errors = (report.errors ?? []).slice(0, SHOWN_ERRORS).map((e) => {
    const where = e.row > 0 ? t('upload.row', e.row) : t('upload.wholeFile');
    const value = e.value != null && e.value !== '' ? ` “${escapeHtml(e.value)}”` : '';
    return `<li>${escapeHtml(where)} · ${escapeHtml(e.field ?? '')}${value}${colon()}${escapeHtml(e.message)}</li>`;
  }).join('');
  const more = (report.error_count ?? 0) > SHOWN_ERRORS ? `<p>${escapeHtml(t('upload.more', report.error_count - SHOWN_ERRORS))}</p>` : '';
  return `<p class="upload-failed" role="alert">${escapeHtml(report.title ?? t('upload.failed'))}</p><ul class="upload-errors">${errors}</ul>${more}`;
}

function notesOf(report) {
  const notes = (report.notes ?? []).map((n) => `<li>${escapeHtml(n)}</li>`).join('');
  return notes ? `<ul class="upload-notes">${notes}</ul>` : '';
}

/**
 * 应急排查: pick a disaster event (draw one on the map, or upload its footprint as a Shapefile, KML,
 * GeoPackage, GeoJSON or FlatGeobuf file), set a buffer in metres, see what it hit and download the
 * prioritised target list. Also the 危房住人 list of the whole county. Choosing an event or
 * counting calls {@code onEventChosen(id, metres, { keepView })}: the map then shows that event alone
 * ({@code onEventChosen(null)}: no event is chosen any more). Archived events are offered on demand.
 * With {@code createsCampaigns} (county staff) the count offers 创建应急排查活动: one button and one
 * confirmation create the EMERGENCY campaign over the affected villages; an event with a running
 * campaign shows that campaign's progress instead.
 */
export function createEmergencyPanel(map, element, { onEventsChanged, onEventChosen = () => {}, createsCampaigns = false }) {
  element.innerHTML = `
    <h2>${escapeHtml(t('emergency.title'))}</h2>
    <label>${escapeHtml(t('emergency.event'))} <select id="event-select"></select></label>
    <p class="event-tools"><label class="check"><input type="checkbox" id="event-archived"> ${escapeHtml(t('emergency.includeArchived'))}</label>
      <a href="/events.html">${escapeHtml(t('emergency.manageEvents'))}</a></p>
    <label>${escapeHtml(t('emergency.buffer'))} <input id="event-buffer" type="number" min="0" max="50000" step="50" value="0"></label>
    <div class="buttons">
      <button type="button" id="event-draw">${escapeHtml(t('emergency.draw'))}</button>
      <button type="button" id="event-run">${escapeHtml(t('emergency.run'))}</button>
    </div>
    <fieldset class="footprint-upload">
      <legend>${escapeHtml(t('upload.title'))}</legend>
      <label>${escapeHtml(t('upload.name'))} <input id="upload-name" type="text" maxlength="200"
        placeholder="${escapeHtml(t('upload.namePlaceholder'))}"></label>
      <label>${escapeHtml(t('upload.type'))} <select id="upload-type">${DISASTER_TYPES.map((type) =>
        `<option value="${type}">${escapeHtml(t(`disasterType.${type}`))}</option>`).join('')}</select></label>
      <label>${escapeHtml(t('upload.startedOn'))} <input id="upload-started" type="date"></label>
      <label>${escapeHtml(t('upload.file'))} <input id="footprint-file" type="file" accept="${ACCEPTED_FILES}"></label>
      <div id="upload-result" aria-live="polite"></div>
    </fieldset>
    <div id="event-result" aria-live="polite"></div>
    <h2>${escapeHtml(t('living.title'))}</h2>
    <div id="living-result"></div>`;
  const select = element.querySelector('#event-select');
  const buffer = element.querySelector('#event-buffer');
  const result = element.querySelector('#event-result');

  const archived = element.querySelector('#event-archived');

  /**
   * Fills the event list — the current events, the archived ones too when asked for — and selects
   * {@code selectId}; an archived event asked for by id (a link from the event list) shows the
   * archived ones.
   */
  async function loadEvents(selectId) {
    let events = await getJson(`/api/disaster-events${archived.checked ? '?include_archived=true' : ''}`);
    if (selectId && !archived.checked && !events.some((e) => String(e.id) === String(selectId))) {
      archived.checked = true;
      events = await getJson('/api/disaster-events?include_archived=true');
    }
    select.innerHTML = events.map((e) => `<option value="${e.id}">${escapeHtml(e.name)} (${escapeHtml(e.started_on)})`
      + `${e.archived ? escapeHtml(t('emergency.archivedMark')) : ''}</option>`).join('');
    if (selectId) select.value = String(selectId);
    onEventsChanged({ includeArchived: archived.checked });
  }
  archived.addEventListener('change', async () => {
    const kept = select.value;
    await loadEvents();
    if ([...select.options].some((o) => o.value === kept)) select.value = kept;
    else if (select.value) run({ keepView: true });
    else {
      // the archived event that was shown is no longer offered: nothing is chosen, nothing drawn
      result.textContent = '';
      Promise.resolve(onEventChosen(null)).catch((e) => console.warn(e));
    }
  });

  async function run({ keepView = false } = {}) {
    if (!select.value) return;
    const metres = Math.max(0, Number(buffer.value) || 0);
    result.textContent = '…';
    Promise.resolve(onEventChosen(select.value, metres, { keepView })).catch((e) => console.warn(e));
    try {
      const s = await getJson(`/api/disasters/${select.value}/affected?buffer=${metres}`);
      const villages = s.villages.slice(0, 10).map((v) => `<li>${escapeHtml(v.parent_name ?? '')} ${escapeHtml(v.name)}${colon()}`
        + `${escapeHtml(t('exposure.occupiedDangerousShort'))} ${formatNumber(v.exposure.occupied_dangerous)}${comma()}`
        + `${escapeHtml(t('exposure.vulnerableShort'))} ${formatNumber(v.exposure.vulnerable_households)}</li>`).join('');
      result.innerHTML = `<dl>${exposureRows(s.totals)}</dl>`
        + '<div id="event-campaign" class="event-campaign" aria-live="polite"></div>'
        + `<h3>${escapeHtml(t('emergency.villages'))}</h3><ol class="ranking">${villages}</ol>`
        + `<p class="downloads villages">${escapeHtml(t('emergency.villageList'))}${colon()}${downloadLinks(`/api/disasters/${select.value}/affected`, `buffer=${metres}`, 'villages')}</p>`
        + `<p class="downloads targets">${escapeHtml(t('emergency.targets'))}${colon()}${downloadLinks(`/api/disasters/${select.value}/affected`, `buffer=${metres}`)}`
        + ` ${urgentKmzLink(`/api/disasters/${select.value}/affected`, `buffer=${metres}`)}</p>`;
      if (createsCampaigns) await offerCampaign(select.value, select.selectedOptions[0]?.textContent ?? '', metres, s);
    } catch (e) {
      result.textContent = t('error.load', e.message);
    }
  }

  // ---- 创建应急排查活动: the campaign of the chosen event in two clicks (issue 16) ----------------------

  /** Today + `days` as YYYY-MM-DD in the browser's time zone. */
  function day(days = 0) {
    const d = new Date();
    d.setDate(d.getDate() + days);
    return [d.getFullYear(), d.getMonth() + 1, d.getDate()].map((n) => String(n).padStart(2, '0')).join('-');
  }

  function campaignLine(c, key) {
    return `<p class="campaign-line" data-campaign="${escapeHtml(c.id)}">${escapeHtml(t(key, c.name))} `
      + `<span class="campaign-progress">${escapeHtml(t('eventCampaign.progress', formatNumber(c.done), formatNumber(c.tasks)))}</span> `
      + `<a class="campaign-link" href="/campaigns.html?campaign=${encodeURIComponent(c.id)}">${escapeHtml(t('eventCampaign.follow'))}</a></p>`;
  }

  /**
   * The running emergency campaign of the event, or the button that creates one over its affected
   * houses (the same houses the count shows: the campaign's area is their county), then its confirmation.
   */
  async function offerCampaign(eventId, eventLabel, metres, summary) {
    const box = result.querySelector('#event-campaign');
    const running = await getJson(`/api/inspections?state=OPEN&disaster_event=${encodeURIComponent(eventId)}`);
    if (String(select.value) !== String(eventId) || !box.isConnected) return;   // another event chosen meanwhile
    if (running.length) {
      box.innerHTML = campaignLine(running[0], 'eventCampaign.running');
      return;
    }
    const houses = summary.totals.houses;
    const villages = summary.villages;
    if (!houses || !villages.length) {
      box.innerHTML = `<p class="hint">${escapeHtml(t('eventCampaign.nothing'))}</p>`;
      return;
    }
    const eventName = eventLabel.replace(/\s*\([^)]*\)$/, '');
    const name = metres > 0 ? t('eventCampaign.nameBuffer', eventName, formatNumber(metres)) : t('eventCampaign.name', eventName);
    box.innerHTML = `<button type="button" id="create-campaign" class="primary">${escapeHtml(t('eventCampaign.create'))}</button>
      <form id="campaign-confirm" class="campaign-confirm" hidden>
        <p>${escapeHtml(t('eventCampaign.confirmText', eventName, metres > 0 ? t('eventCampaign.buffer', formatNumber(metres)) : '',
          formatNumber(houses), formatNumber(villages.length)))}</p>
        <label>${escapeHtml(t('eventCampaign.nameLabel'))} <input name="name" maxlength="200" required value="${escapeHtml(name)}"></label>
        <label>${escapeHtml(t('eventCampaign.due'))} <input name="due_on" type="date" min="${day()}" value="${day(7)}"></label>
        <div class="buttons"><button type="submit" class="primary">${escapeHtml(t('eventCampaign.confirm'))}</button>
          <button type="button" class="cancel">${escapeHtml(t('eventCampaign.cancel'))}</button></div>
        <p class="error" role="alert" hidden></p>
      </form>`;
    const button = box.querySelector('#create-campaign');
    const form = box.querySelector('#campaign-confirm');
    button.addEventListener('click', () => {
      button.hidden = true;
      form.hidden = false;
      form.scrollIntoView({ block: 'nearest' });
    });
    form.querySelector('.cancel').addEventListener('click', () => { button.hidden = false; form.hidden = true; });
    form.addEventListener('submit', async (e) => {
      e.preventDefault();
      const submit = form.querySelector('button[type="submit"]');
      submit.disabled = true;
      const body = {
        name: form.elements.name.value.trim(), kind: 'EMERGENCY', area: `${villages[0].code.slice(0, 6)}000000`,
        disaster_event: Number(eventId), buffer: metres, ...(form.elements.due_on.value ? { due_on: form.elements.due_on.value } : {}),
      };
      const response = await send('/api/inspections', {
        method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body),
      });
      if (!response.ok) {
        const error = form.querySelector('.error');
        error.textContent = await problemText(response);
        error.hidden = false;
        submit.disabled = false;
        return;
      }
      box.innerHTML = campaignLine(await response.json(), 'eventCampaign.created');
    });
  }

  element.querySelector('#event-run').addEventListener('click', () => run());
  select.addEventListener('change', () => run());
  const fileInput = element.querySelector('#footprint-file');
  fileInput.addEventListener('change', () => {
    if (fileInput.files.length) uploadFootprint(fileInput.files[0]).finally(() => { fileInput.value = ''; });
  });

  /** Sends a footprint file to the import; a new event is selected and counted, problems are listed by row. */
  async function uploadFootprint(file) {
    const out = element.querySelector('#upload-result');
    out.textContent = t('upload.sending', file.name);
    const form = new FormData();
    form.append('file', file);
    form.append('layer', 'disasters');
    form.append('type', element.querySelector('#upload-type').value);
    const name = element.querySelector('#upload-name').value.trim();
    if (name) form.append('name', name);
    const started = element.querySelector('#upload-started').value;
    if (started) form.append('started_on', started);
    let report;
    try {
      const response = await send('/api/imports', { method: 'POST', headers: { 'Accept-Language': language() }, body: form });
      report = await response.json();
      if (!response.ok) {
        out.innerHTML = importProblems(report);
        return;
      }
    } catch (e) {
      out.textContent = t('error.load', e.message);
      return;
    }
    const event = (report.events ?? [])[0];
    out.innerHTML = `<p class="upload-ok">${escapeHtml(t('upload.done', event?.name ?? file.name, formatNumber(report.rows_read - report.rejected)))}</p>`
      + notesOf(report);
    if (report.event_id != null) {
      await loadEvents(report.event_id);
      await run();
    }
  }

  let drawing = null;
  element.querySelector('#event-draw').addEventListener('click', () => {
    drawing = new L.Draw.Polygon(map, { allowIntersection: false, showArea: true });
    drawing.enable();
  });
  map.on(L.Draw.Event.DRAWSTOP, () => { setTimeout(() => { drawing = null; }); });
  map.on(L.Draw.Event.CREATED, async (event) => {
    if (!drawing) return; // another panel's drawing
    const name = window.prompt(t('emergency.namePrompt'), t('emergency.defaultName'));
    if (!name) return;
    const feature = event.layer.toGeoJSON();
    feature.properties = { name, type: 'FLOOD', started_on: new Date().toISOString().slice(0, 10) };
    const response = await send('/api/disasters', {
      method: 'POST', headers: { 'Content-Type': 'application/geo+json' }, body: JSON.stringify(feature),
    });
    if (!response.ok) {
      result.textContent = t('error.load', await problemText(response));
      return;
    }
    const body = await response.json();
    await loadEvents(body.id);
    await run();
  });

  async function living() {
    let s;
    try {
      s = await getJson('/api/living-in-danger');
    } catch (e) {
      // it names households: a planner may not see it (403), and the rest of the map still loads
      if (e.status !== 403) throw e;
      element.querySelector('#living-result').innerHTML = `<p class="hint">${escapeHtml(t('living.notAllowed'))}</p>`;
      return;
    }
    element.querySelector('#living-result').innerHTML = `<dl>${exposureRows(s.totals, 'living.houses')}`
      + `<dt>${escapeHtml(t('living.builtNew'))}</dt><dd>${formatNumber(s.built_new_still_in_old)}</dd></dl>`
      + `<p class="downloads">${downloadLinks('/api/living-in-danger', '')}</p>`;
  }

  return { loadEvents, run, living, uploadFootprint };
}

import { getJson, send, escapeHtml, problemText } from './api.js';
import { t } from './i18n.js';
import { GRADE_COLOURS } from './style.js';
import { shrinkPhoto } from './field-position.js';

const GRADES = ['A', 'B', 'C', 'D'];
const OCCUPANCY = ['OCCUPIED', 'SEASONAL', 'VACANT', 'MOVED_OUT', 'DEMOLISHED'];
const today = () => new Date(Date.now() - new Date().getTimezoneOffset() * 60000).toISOString().slice(0, 10);
const fixed = (n, digits) => Number(n).toFixed(digits);

/**
 * One inspection task on the phone: the house and who to ask for, the finding (grade at first
 * sight, occupancy, people persuaded to leave 劝离, note, day), photos taken with the phone's position
 * (uploaded at once, one by one), and the position of the phone when the result is saved. Big touch
 * targets; the save button stays at the bottom of the screen. `onDone(result)` after saving.
 */
export function showTask(element, campaign, feature, { position, onDone, onBack }) {
  const p = feature.properties;
  const chosen = (name, value) => (p[name] ?? '') === value;
  element.hidden = false;
  element.innerHTML = `
    <div class="task-head">
      <button type="button" class="back" id="task-back">${escapeHtml(t('field.back'))}</button>
      <h2>${escapeHtml(p.head_name ?? t('field.noHousehold'))} <small>${escapeHtml(p.house_code)}</small></h2>
      <p>${escapeHtml(p.village_name ?? '')} ${escapeHtml(p.address ?? '')} · ${escapeHtml(t('field.recorded'))}
        <span class="grade-${escapeHtml(p.house_grade)}">${escapeHtml(t(`grade.${p.house_grade}`))}</span>，${escapeHtml(t(`occupancy.${p.house_occupancy}`))}</p>
      ${p.status === 'DONE' ? `<p class="ok">${escapeHtml(t('field.doneBy', p.inspected_on ?? '', p.inspected_by ?? ''))}</p>` : ''}
    </div>
    <form id="task-form" class="finding">
      <fieldset class="choices grades"><legend>${escapeHtml(t('field.grade'))}</legend>
        ${GRADES.map((g) => `<label class="choice" style="--colour:${GRADE_COLOURS[g]}"><input type="radio" name="grade" value="${g}"${chosen('found_grade', g) ? ' checked' : ''}>
          <span><b>${g}</b>${escapeHtml(t(`field.grade.${g}`))}</span></label>`).join('')}
      </fieldset>
      <fieldset class="choices"><legend>${escapeHtml(t('popup.occupancy'))}</legend>
        ${OCCUPANCY.map((o) => `<label class="choice"><input type="radio" name="occupancy" value="${o}" required${chosen('occupancy', o) ? ' checked' : ''}>
          <span>${escapeHtml(t(`occupancy.${o}`))}</span></label>`).join('')}
      </fieldset>
      <label class="stepper">${escapeHtml(t('field.evacuated'))}
        <span><button type="button" data-step="-1" aria-label="−1">−</button>
        <input name="evacuated_persons" type="number" min="0" max="100" inputmode="numeric" value="${escapeHtml(p.evacuated_persons ?? 0)}">
        <button type="button" data-step="1" aria-label="+1">＋</button></span></label>
      <label>${escapeHtml(t('actions.note'))}<textarea name="note" rows="3" maxlength="1000"
        placeholder="${escapeHtml(t('field.notePlaceholder'))}">${escapeHtml(p.note ?? '')}</textarea></label>
      <label>${escapeHtml(t('field.day'))}<input name="inspected_on" type="date" value="${escapeHtml(p.inspected_on ?? today())}" max="${today()}" required></label>
      <fieldset class="photos"><legend>${escapeHtml(t('field.photos'))}</legend>
        <label class="photo-button"><input type="file" id="photo-input" accept="image/jpeg,image/png,image/webp" capture="environment" multiple>
          <span>${escapeHtml(t('field.takePhoto'))}</span></label>
        <p class="hint" id="photo-status" aria-live="polite"></p>
        <ul class="thumbs" id="thumbs"></ul>
      </fieldset>
      <p class="gps" id="task-gps"></p>
      <p class="error" role="alert" hidden></p>
      <div class="save-bar"><button type="submit" class="primary big" id="save-task">${escapeHtml(t('field.save'))}</button></div>
    </form>`;
  const form = element.querySelector('#task-form');
  const error = form.querySelector('.error');
  const base = `/api/inspections/${campaign}/tasks/${feature.id}`;
  element.querySelector('#task-back').addEventListener('click', onBack);
  form.querySelectorAll('[data-step]').forEach((b) => b.addEventListener('click', () => {
    const input = form.elements.evacuated_persons;
    input.value = String(Math.min(100, Math.max(0, (Number(input.value) || 0) + Number(b.dataset.step))));
  }));

  const gps = element.querySelector('#task-gps');
  const showPosition = () => {
    const here = position.current();
    gps.textContent = here ? t('field.here', fixed(here.lat, 5), fixed(here.lon, 5), Math.round(here.accuracy)) : t('field.noPosition');
  };
  showPosition();
  const ticker = setInterval(() => { if (element.isConnected && !element.hidden) showPosition(); else clearInterval(ticker); }, 3000);

  async function loadPhotos() {
    const photos = await getJson(`${base}/photos`);
    element.querySelector('#thumbs').innerHTML = photos.map((ph) => `<li><a href="${base}/photos/${ph.id}" target="_blank" rel="noopener">
        <img src="${base}/photos/${ph.id}" alt="${escapeHtml(ph.file_name)}" loading="lazy"></a>
        <small>${ph.lat != null ? `${fixed(ph.lat, 5)}, ${fixed(ph.lon, 5)}${ph.accuracy_metres != null ? ` ±${Math.round(ph.accuracy_metres)}m` : ''}` : escapeHtml(t('field.photoNoPosition'))}</small></li>`).join('');
    form.dataset.photos = String(photos.length);
  }
  loadPhotos().catch((e) => { element.querySelector('#photo-status').textContent = t('error.load', e.message); });

  element.querySelector('#photo-input').addEventListener('change', async (e) => {
    const status = element.querySelector('#photo-status');
    const files = [...e.target.files];
    e.target.value = '';
    for (const [i, original] of files.entries()) {
      status.textContent = t('field.uploading', i + 1, files.length);
      const file = await shrinkPhoto(original);
      const data = new FormData();
      data.append('file', file, file.name);
      const here = position.current();
      if (here) {
        data.append('lon', String(here.lon));
        data.append('lat', String(here.lat));
        data.append('accuracy', String(here.accuracy));
      }
      data.append('taken_at', new Date(original.lastModified || Date.now()).toISOString());
      const response = await send(`${base}/photos`, { method: 'POST', headers: {}, body: data });
      if (!response.ok) {
        status.textContent = `${original.name}：${await problemText(response)}`;
        return;
      }
    }
    status.textContent = t('field.uploaded', files.length);
    await loadPhotos();
  });

  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    const body = {
      occupancy: form.elements.occupancy.value, version: p.version,
      evacuated_persons: Number(form.elements.evacuated_persons.value) || 0,
      inspected_on: form.elements.inspected_on.value,
    };
    if (form.elements.grade.value) body.grade = form.elements.grade.value;
    if (form.elements.note.value.trim()) body.note = form.elements.note.value.trim();
    const here = position.current();
    if (here) {
      body.lon = Number(fixed(here.lon, 7));
      body.lat = Number(fixed(here.lat, 7));
    }
    const button = form.querySelector('#save-task');
    button.disabled = true;
    try {
      const response = await send(`${base}/result`, {
        method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body),
      });
      if (!response.ok) {
        error.textContent = await problemText(response);
        error.hidden = false;
        return;
      }
      clearInterval(ticker);
      onDone(await response.json());
    } finally {
      button.disabled = false;
    }
  });
}

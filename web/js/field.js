import { getJson, escapeHtml } from './api.js';
import { t, formatNumber } from './i18n.js';
import { setUpTopbar } from './topbar.js';
import { watchPosition, metresBetween } from './field-position.js';
import { showTask } from './field-task.js';
import { campaignMap, TASK_COLOURS } from './field-map.js';

const STORAGE_KEY = 'anju.field';
/** Houses listed at a time: a village can have a thousand; the phone shows the next ones on request. */
const PAGE = 100;

/**
 * 现场排查 on a phone: choose the campaign and the village (an inspector's account sees only its
 * village), walk the list of houses — to do first, or the nearest first —, open one and record what
 * was found. The choice is remembered on the phone for the next visit.
 */
async function start() {
  const me = await setUpTopbar('field');
  const campaignSelect = document.getElementById('campaign');
  const villageSelect = document.getElementById('village');
  const list = document.getElementById('tasks');
  const taskPane = document.getElementById('task');
  const choose = document.getElementById('field-choose');
  const onlyTodo = document.getElementById('only-todo');
  const byDistance = document.getElementById('by-distance');
  const gps = document.getElementById('gps');
  const saved = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '{}');
  let tasks = [];
  let shownCount = PAGE;
  const mapElement = document.getElementById('field-map');
  mapElement.setAttribute('aria-label', t('field.map'));
  const map = campaignMap(mapElement, { onTask: (id) => open(id) });
  document.getElementById('field-map-legend').innerHTML = [['TODO', t('field.todo')], ['DONE', t('field.done')],
    ['PROBLEM', t('field.map.problem')]].map(([k, label]) => `<span class="dot" style="background:${TASK_COLOURS[k]}"></span>${escapeHtml(label)}`)
    .join('　') + `<br><small>${escapeHtml(t('field.map.villages'))}</small>`;

  const position = watchPosition((here) => {
    gps.textContent = here.error ? t('field.gpsError', here.error)
      : t('field.here', here.lat.toFixed(5), here.lon.toFixed(5), Math.round(here.accuracy));
    if (byDistance.getAttribute('aria-pressed') === 'true') render();
  });

  // closed campaigns are done with: only the running ones (their results stay on the campaigns page)
  const campaigns = await getJson('/api/inspections?state=OPEN');
  if (!campaigns.length) {
    list.innerHTML = `<li class="muted">${escapeHtml(t('field.noCampaign'))}</li>`;
    return;
  }
  const campaignLabel = (c) => `${c.name}（${formatNumber(c.done)}/${formatNumber(c.tasks)}）`;
  campaignSelect.innerHTML = campaigns.map((c) => `<option value="${c.id}">${escapeHtml(campaignLabel(c))}</option>`).join('');
  if (campaigns.some((c) => String(c.id) === String(saved.campaign))) campaignSelect.value = saved.campaign;

  async function loadVillages() {
    const campaign = await getJson(`/api/inspections/${campaignSelect.value}`);
    campaignSelect.selectedOptions[0].textContent = campaignLabel(campaign);
    const chosen = villageSelect.value;
    // the villages assigned to this account first (in check order), marked as such
    const mine = (v) => v.assignee === me.username;
    const villages = [...campaign.villages.filter(mine), ...campaign.villages.filter((v) => !mine(v))];
    villageSelect.innerHTML = villages.map((v) => `<option value="${escapeHtml(v.village_code)}">`
      + `${escapeHtml(v.township_name ?? '')} ${escapeHtml(v.village_name ?? v.village_code)}（${formatNumber(v.to_do)}）`
      + `${mine(v) ? escapeHtml(t('field.assignedToMe')) : ''}</option>`).join('');
    const keep = chosen || saved.village;
    if (campaign.villages.some((v) => v.village_code === keep)) villageSelect.value = keep;
    map.showVillages(await getJson(`/api/inspections/${campaignSelect.value}/villages`));
    await loadTasks();
  }

  async function loadTasks() {
    localStorage.setItem(STORAGE_KEY, JSON.stringify({ campaign: campaignSelect.value, village: villageSelect.value }));
    if (!villageSelect.value) {
      tasks = [];
      render();
      return;
    }
    const collection = await getJson(`/api/inspections/${campaignSelect.value}/tasks?village=${encodeURIComponent(villageSelect.value)}`);
    tasks = collection.features;
    shownCount = PAGE;
    map.showTasks(tasks);
    render();
  }

  function distance(f) {
    const here = position.current();
    if (!here || !f.geometry) return null;
    const [lon, lat] = f.geometry.coordinates;
    return metresBetween(here, { lon, lat });
  }

  function render() {
    const done = tasks.filter((f) => f.properties.status === 'DONE').length;
    const problems = tasks.filter((f) => ['C', 'D'].includes(f.properties.found_grade) || f.properties.evacuated_persons > 0).length;
    document.getElementById('progress').innerHTML = `<progress max="${tasks.length || 1}" value="${done}"></progress>`
      + `<span>${escapeHtml(t('field.progress', done, tasks.length, problems))}</span>`;
    let shown = onlyTodo.getAttribute('aria-pressed') === 'true' ? tasks.filter((f) => f.properties.status !== 'DONE') : [...tasks];
    if (byDistance.getAttribute('aria-pressed') === 'true' && position.current()) {
      shown = shown.map((f) => [f, distance(f)]).sort((a, b) => a[1] - b[1]).map(([f]) => f);
    }
    const more = shown.length - shownCount;
    shown = shown.slice(0, shownCount);
    list.innerHTML = shown.map((f) => {
      const p = f.properties;
      const d = distance(f);
      const finding = p.status === 'DONE'
        ? `<span class="status done">${escapeHtml(t('field.done'))}${p.found_grade ? ` · <span class="grade-${escapeHtml(p.found_grade)}">${escapeHtml(p.found_grade)}</span>` : ''}`
          + `${p.evacuated_persons ? ` · ${escapeHtml(t('field.evacuatedShort', p.evacuated_persons))}` : ''}</span>`
        : `<span class="status todo">${escapeHtml(t('field.todo'))}</span>`
          + (p.priority < 5 ? `<span class="priority p${Number(p.priority)}">${escapeHtml(t(`field.priority.${p.priority}`))}</span>` : '');
      return `<li><button type="button" class="task" data-task="${f.id}">
          <span class="who">${escapeHtml(p.head_name ?? t('field.noHousehold'))} <small>${escapeHtml(p.house_code)}</small></span>
          <span class="where">${escapeHtml(p.address ?? '')} <span class="grade-${escapeHtml(p.house_grade)}">${escapeHtml(t(`grade.${p.house_grade}`))}</span></span>
          <span class="meta">${finding}${d != null ? `<span class="distance">${escapeHtml(t('field.distance', d < 1000 ? `${Math.round(d)} m` : `${(d / 1000).toFixed(1)} km`))}</span>` : ''}
          ${p.photos ? `<span>${escapeHtml(t('field.photoCount', p.photos))}</span>` : ''}</span></button></li>`;
    }).join('') + (more > 0 ? `<li><button type="button" class="more" id="more-tasks">${escapeHtml(t('field.more', more))}</button></li>` : '')
      || `<li class="muted">${escapeHtml(tasks.length ? t('field.allDone') : t('field.noTasks'))}</li>`;
  }

  function open(id) {
    const feature = tasks.find((f) => String(f.id) === String(id));
    if (!feature) return;
    choose.hidden = true;
    list.hidden = true;
    showTask(taskPane, campaignSelect.value, feature, {
      position,
      onBack: close,
      onDone: async (result) => {
        await loadVillages();   // the campaign's and the village's counts, and the tasks
        close();
        const message = result.case_opened ? t('field.savedCase', result.case_opened) : t('field.saved');
        document.getElementById('progress').insertAdjacentHTML('beforeend', `<p class="ok" id="saved-message">${escapeHtml(message)}</p>`);
      },
    });
    window.scrollTo(0, 0);
  }

  function close() {
    taskPane.hidden = true;
    taskPane.innerHTML = '';
    choose.hidden = false;
    list.hidden = false;
    map.refresh();
  }

  for (const toggle of [onlyTodo, byDistance]) {
    toggle.addEventListener('click', () => {
      toggle.setAttribute('aria-pressed', String(toggle.getAttribute('aria-pressed') !== 'true'));
      render();
    });
  }
  list.addEventListener('click', (e) => {
    if (e.target.closest('#more-tasks')) {
      shownCount += PAGE;
      render();
      return;
    }
    open(e.target.closest('button.task')?.dataset.task);
  });
  campaignSelect.addEventListener('change', () => loadVillages().catch(showError));
  villageSelect.addEventListener('change', () => loadTasks().catch(showError));
  await loadVillages();
  document.getElementById('field').dataset.ready = 'true';
}

function showError(e) {
  document.getElementById('gps').textContent = t('error.load', e.message);
}

start().catch(showError);

import { getJson, send, escapeHtml, problemText } from './api.js';
import { t } from './i18n.js';

const KINDS = ['PERSON_TO_HOUSE', 'HOUSE_TO_PERSON', 'AFTER_RAINY_SEASON', 'AFTER_THAW', 'EMERGENCY'];

function day() {
  const d = new Date();
  return [d.getFullYear(), d.getMonth() + 1, d.getDate()].map((n) => String(n).padStart(2, '0')).join('-');
}

/**
 * 新建排查活动 (county staff): the kind — routine 以人找房 / 以房找人, the twice-yearly concentrated
 * inspections after the rainy season and after the thaw (seed 003), an emergency after a disaster event
 * with a buffer —, the area (the county, a township or a village), the name (proposed from kind, area
 * and year until edited), start and due day. `onCreated(id)` with the new campaign.
 */
export async function showCampaignForm(element, { areas, onCreated, onClose }) {
  const events = await getJson('/api/disaster-events');
  const option = (value, label) => `<option value="${escapeHtml(value)}">${escapeHtml(label)}</option>`;
  const counties = areas.filter((a) => a.level === 'COUNTY');
  const townships = areas.filter((a) => a.level === 'TOWNSHIP');
  element.innerHTML = `<div class="detail-head"><button type="button" class="back" id="form-back">${escapeHtml(t('campaign.back'))}</button>
      <h2>${escapeHtml(t('campaigns.new'))}</h2></div>
    <form class="card campaign-form" id="campaign-form">
      <fieldset class="kinds"><legend>${escapeHtml(t('campaignForm.kind'))}</legend>
        ${KINDS.map((k, i) => `<label class="kind"><input type="radio" name="kind" value="${k}" ${i === 0 ? 'checked' : ''}>
          <span><b>${escapeHtml(t(`campaignKind.${k}`))}</b><small>${escapeHtml(t(`campaignKind.${k}.what`))}</small></span></label>`).join('')}
      </fieldset>
      <div class="filters">
        <label>${escapeHtml(t('campaignForm.area'))}<select name="township">
          ${counties.map((a) => option(a.code, t('bulkOpen.wholeCounty', a.name))).join('')}
          ${townships.map((a) => option(a.code, a.name)).join('')}</select></label>
        <label>${escapeHtml(t('filter.village'))}<select name="village"></select></label>
      </div>
      <div class="filters emergency-only" hidden>
        <label>${escapeHtml(t('emergency.event'))}<select name="event">
          ${events.map((e) => option(e.id, `${e.name} (${e.started_on})`)).join('')}</select></label>
        <label>${escapeHtml(t('emergency.buffer'))}<input name="buffer" type="number" min="0" max="50000" step="50" value="0"></label>
      </div>
      <div class="filters">
        <label class="grow">${escapeHtml(t('campaignForm.name'))}<input name="name" maxlength="200" required></label>
        <label>${escapeHtml(t('campaignForm.startedOn'))}<input name="started_on" type="date" value="${day()}" max="${day()}"></label>
        <label>${escapeHtml(t('campaignForm.dueOn'))}<input name="due_on" type="date"></label>
      </div>
      <div class="buttons"><button type="submit" class="primary">${escapeHtml(t('campaignForm.create'))}</button>
        <button type="button" class="cancel">${escapeHtml(t('campaign.cancel'))}</button></div>
      <p class="hint">${escapeHtml(t('campaignForm.tasks'))}</p>
      <p class="error" role="alert" hidden></p>
    </form>`;
  const form = element.querySelector('#campaign-form');
  const f = form.elements;
  let nameEdited = false;

  const kind = () => f.kind.value;
  const area = () => f.village.value || f.township.value;
  const areaName = () => areas.find((a) => a.code === area())?.name ?? '';

  function fillVillages() {
    const villages = areas.filter((a) => a.level === 'VILLAGE' && a.parent_code === f.township.value);
    f.village.innerHTML = option('', t('filter.all')) + villages.map((a) => option(a.code, a.name)).join('');
    f.village.disabled = !villages.length;
  }

  /** The proposed name: "2026年龙兴镇常规排查（以人找房）", "测试洪水应急排查（缓冲200米）". */
  function proposeName() {
    if (nameEdited) return;
    const year = (f.started_on.value || day()).slice(0, 4);
    if (kind() === 'EMERGENCY') {
      const event = events.find((e) => String(e.id) === f.event.value);
      const metres = Number(f.buffer.value) || 0;
      f.name.value = event ? (metres > 0 ? t('eventCampaign.nameBuffer', event.name, metres) : t('eventCampaign.name', event.name)) : '';
    } else {
      f.name.value = t('campaignForm.proposedName', year, areaName(), t(`campaignKind.${kind()}`));
    }
  }

  function showKind() {
    form.querySelector('.emergency-only').hidden = kind() !== 'EMERGENCY';
    proposeName();
  }

  form.addEventListener('change', (e) => {
    if (e.target.name === 'township') fillVillages();
    if (e.target.name !== 'name') showKind();
  });
  f.name.addEventListener('input', () => { nameEdited = f.name.value.trim() !== ''; });
  element.querySelector('#form-back').addEventListener('click', onClose);
  form.querySelector('.cancel').addEventListener('click', onClose);
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    const submit = form.querySelector('button[type="submit"]');
    submit.disabled = true;
    const body = { name: f.name.value.trim(), kind: kind(), area: area(), started_on: f.started_on.value || undefined,
      due_on: f.due_on.value || undefined };
    if (kind() === 'EMERGENCY') Object.assign(body, { disaster_event: Number(f.event.value), buffer: Number(f.buffer.value) || 0 });
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
    await onCreated((await response.json()).id);
  });
  fillVillages();
  showKind();
}

import { getJson, send, escapeHtml, problemText } from './api.js';
import { t, formatNumber, colon } from './i18n.js';

const sum = (rows, key) => rows.reduce((n, r) => n + Number(r[key] ?? 0), 0);

function today() {
  const d = new Date();
  return [d.getFullYear(), d.getMonth() + 1, d.getDate()].map((n) => String(n).padStart(2, '0')).join('-');
}

function head(c) {
  const event = c.disaster_event_id
    ? `<p>${escapeHtml(t('campaign.event'))}${colon()}${escapeHtml(c.disaster_event_name ?? '')}`
      + `${c.buffer_metres ? escapeHtml(t('campaign.buffer', formatNumber(c.buffer_metres))) : ''}</p>` : '';
  const closed = c.closed
    ? `<p class="closed-line">${escapeHtml(t('campaign.closedBy', c.closed_on, c.closed_by ?? ''))}${c.close_note ? `${colon()}${escapeHtml(c.close_note)}` : ''}</p>`
    : '';
  return `<div class="detail-head">
      <button type="button" class="back" id="campaign-back">${escapeHtml(t('campaign.back'))}</button>
      <h2>${escapeHtml(c.name)}</h2>
      <p><span class="state">${escapeHtml(c.kind_label)}</span> ${escapeHtml(c.area_name ?? c.area_code)}
        ${c.closed ? `<span class="badge closed">${escapeHtml(t('campaign.closedBadge'))}</span>` : ''}
        ${c.overdue ? `<span class="badge late">${escapeHtml(t('campaign.overdue'))}</span>` : ''}</p>
      ${event}
      <p>${escapeHtml(t('campaign.dates', c.started_on, c.due_on ?? t('campaign.noDue')))} · ${escapeHtml(t('campaign.createdBy', c.created_by))}</p>
      ${closed}
    </div>`;
}

function totals(c) {
  const v = c.villages;
  const figures = [['campaign.done', `${formatNumber(c.done)} / ${formatNumber(c.tasks)}`], ['campaign.toDo', formatNumber(sum(v, 'to_do'))],
    ['campaign.problems', formatNumber(sum(v, 'problems'))], ['campaign.evacuated', formatNumber(sum(v, 'evacuated_persons'))],
    ['campaign.casesOpened', formatNumber(sum(v, 'cases_opened'))]];
  return `<div class="card" id="campaign-totals"><progress class="campaign-bar" max="${c.tasks || 1}" value="${c.done}"></progress>
    <div class="campaign-figures">${figures.map(([k, value]) => `<div><span class="number" data-figure="${k}">${escapeHtml(value)}</span>`
      + `<span class="label">${escapeHtml(t(k))}</span></div>`).join('')}</div></div>`;
}

function assigned(v) {
  const who = [v.team, v.assignee ? `${v.assignee_name ?? ''}（${v.assignee}）` : null].filter(Boolean);
  return who.length ? escapeHtml(who.join(' · ')) : `<span class="muted">${escapeHtml(t('campaign.unassigned'))}</span>`;
}

function villageRow(v, canAssign) {
  return `<tr data-village="${escapeHtml(v.village_code)}" class="${v.overdue ? 'late' : ''}">
    <td class="num">${escapeHtml(v.check_order)}</td>
    <td>${escapeHtml(v.village_name ?? v.village_code)}<small>${escapeHtml(v.township_name ?? '')}</small></td>
    <td><div class="progress-cell"><progress max="${v.tasks || 1}" value="${v.done}"></progress>
      <span class="done-of">${escapeHtml(`${formatNumber(v.done)}/${formatNumber(v.tasks)}`)}</span></div></td>
    <td class="num to-do">${formatNumber(v.to_do)}${v.overdue ? ` <span class="badge late">${escapeHtml(t('campaign.overdue'))}</span>` : ''}</td>
    <td class="num">${formatNumber(v.problems)}</td><td class="num">${formatNumber(v.evacuated_persons)}</td>
    <td class="num">${formatNumber(v.cases_opened)}</td>
    <td class="assigned">${assigned(v)}${canAssign ? ` <button type="button" class="assign" data-village="${escapeHtml(v.village_code)}">${escapeHtml(t('campaign.assign'))}</button>` : ''}</td></tr>`;
}

function villagesTable(c, canAssign) {
  return `<div class="card wide"><h3>${escapeHtml(t(c.kind === 'EMERGENCY' ? 'campaign.villagesRanked' : 'campaign.villages'))}</h3>
    <div class="table-scroll"><table class="campaign-villages" id="campaign-villages"><thead><tr>
      <th class="num">${escapeHtml(t('campaign.order'))}</th><th>${escapeHtml(t('campaign.village'))}</th>
      <th>${escapeHtml(t('campaign.progress'))}</th><th class="num">${escapeHtml(t('campaign.toDo'))}</th>
      <th class="num">${escapeHtml(t('campaign.problems'))}</th><th class="num">${escapeHtml(t('campaign.evacuated'))}</th>
      <th class="num">${escapeHtml(t('campaign.casesOpened'))}</th><th>${escapeHtml(t('campaign.assignedTo'))}</th></tr></thead>
      <tbody>${c.villages.map((v) => villageRow(v, canAssign)).join('')}</tbody></table></div></div>`;
}

function closeCard(c) {
  const left = sum(c.villages, 'to_do');
  return `<div class="card" id="close-card"><h3>${escapeHtml(t('campaign.close'))}</h3>
    <p class="hint">${escapeHtml(t('campaign.closeWhat'))}${left ? escapeHtml(t('campaign.closeLeft', formatNumber(left))) : ''}</p>
    <button type="button" id="close-campaign">${escapeHtml(t('campaign.close'))}…</button>
    <form id="close-form" class="action-form" hidden>
      <label>${escapeHtml(t('campaign.closedOn'))}<input type="date" name="closed_on" value="${today()}" max="${today()}" min="${escapeHtml(c.started_on)}"></label>
      <label>${escapeHtml(t('campaign.closeNote'))}<input name="note" maxlength="1000" placeholder="${escapeHtml(t('campaign.closeNoteHint'))}"></label>
      <div class="buttons"><button type="submit" class="primary">${escapeHtml(t('campaign.closeConfirm'))}</button>
        <button type="button" class="cancel">${escapeHtml(t('campaign.cancel'))}</button></div>
      <p class="error" role="alert" hidden></p></form></div>`;
}

/** The inline form under a village's row: a team (free text) and/or an account covering the village. */
async function assignForm(row, campaign, village, done) {
  row.parentElement.querySelectorAll('tr.assign-row').forEach((r) => r.remove());
  const accounts = await getJson(`/api/inspections/${campaign.id}/assignees?village=${encodeURIComponent(village.village_code)}`);
  row.insertAdjacentHTML('afterend', `<tr class="assign-row"><td colspan="8"><form class="filters assign-form">
      <label>${escapeHtml(t('campaign.team'))}<input name="team" maxlength="100" value="${escapeHtml(village.team ?? '')}"
        placeholder="${escapeHtml(t('campaign.teamHint'))}"></label>
      <label>${escapeHtml(t('campaign.account'))}<select name="account"><option value="">${escapeHtml(t('campaign.noAccount'))}</option>
        ${accounts.map((a) => `<option value="${escapeHtml(a.username)}">${escapeHtml(`${a.display_name}（${a.username}）· ${t(`role.${a.role}`)}`
          + `${a.jurisdiction_name ? ` · ${a.jurisdiction_name}` : ''}`)}</option>`).join('')}</select></label>
      <button type="submit" class="primary">${escapeHtml(t('campaign.assignSave'))}</button>
      <button type="button" class="cancel">${escapeHtml(t('campaign.cancel'))}</button>
      <p class="error" role="alert" hidden></p></form></td></tr>`);
  const form = row.nextElementSibling.querySelector('form');
  form.elements.account.value = village.assignee ?? '';
  form.querySelector('.cancel').addEventListener('click', () => form.closest('tr').remove());
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    const team = form.elements.team.value.trim();
    const account = form.elements.account.value;
    const response = await send(`/api/inspections/${campaign.id}/assignments`, {
      method: 'PUT', headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ village: village.village_code, ...(team ? { team } : {}), ...(account ? { account } : {}) }),
    });
    if (!response.ok) {
      const error = form.querySelector('.error');
      error.textContent = await problemText(response);
      error.hidden = false;
      return;
    }
    await done();
  });
}

/**
 * One campaign: who made it, over what, till when; progress (done / tasks, to do, problems found,
 * people persuaded to leave, cases opened); its villages in check order (for an emergency the ranking
 * of the affected villages), overdue ones marked, each assignable to a team or an account (`runs`:
 * county staff, while it runs); and closing it, with a day and a note. `onChanged({ closed })` after
 * an assignment or the closing.
 */
export async function showCampaign(element, id, { runs, onChanged, onClose }) {
  element.innerHTML = `<p class="muted">${escapeHtml(t('ledger.loading'))}</p>`;
  let c;
  try {
    c = await getJson(`/api/inspections/${encodeURIComponent(id)}`);
  } catch (e) {
    element.innerHTML = `<p class="error">${escapeHtml(t('error.load', e.message))}</p>`;
    return;
  }
  const canChange = runs && !c.closed;
  element.innerHTML = head(c) + totals(c) + villagesTable(c, canChange) + (canChange ? closeCard(c) : '');
  element.dataset.campaign = String(c.id);
  element.dataset.closed = String(c.closed);
  const reload = async (change = {}) => { await onChanged(change); await showCampaign(element, id, { runs, onChanged, onClose }); };
  element.querySelector('#campaign-back').addEventListener('click', onClose);
  element.querySelector('#campaign-villages').addEventListener('click', (e) => {
    const button = e.target.closest('button.assign');
    if (!button) return;
    const village = c.villages.find((v) => v.village_code === button.dataset.village);
    assignForm(button.closest('tr'), c, village, reload).catch((err) => { button.textContent = t('error.load', err.message); });
  });
  if (!canChange) return;
  const form = element.querySelector('#close-form');
  const open = element.querySelector('#close-campaign');
  open.addEventListener('click', () => { form.hidden = false; open.hidden = true; });
  form.querySelector('.cancel').addEventListener('click', () => { form.hidden = true; open.hidden = false; });
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    const note = form.elements.note.value.trim();
    const response = await send(`/api/inspections/${c.id}/close`, {
      method: 'POST', headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ closed_on: form.elements.closed_on.value, ...(note ? { note } : {}) }),
    });
    if (!response.ok) {
      const error = form.querySelector('.error');
      error.textContent = await problemText(response);
      error.hidden = false;
      return;
    }
    await reload({ closed: true });
  });
}

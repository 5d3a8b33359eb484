import { getJson, send, escapeHtml, problemText } from './api.js';
import { t, formatNumber, comma } from './i18n.js';
import { renderActions } from './case-actions.js';
import { renderArchive } from './case-archive.js';

const yuan = (v) => (v == null ? '—' : `${formatNumber(v)} ${t('money.yuan')}`);
const dd = (label, value) => `<dt>${escapeHtml(label)}</dt><dd>${value}</dd>`;
const text = (v) => escapeHtml(v ?? '—');

let procedure;

/**
 * One case: who and what (house and household, personal data masked by the server), where it
 * stands, the next steps, its deadlines (late ones in red), the subsidy with its checks, the archive
 * and the full history (who did what, when in the field and when entered). `onChanged(detail)` after
 * a transition, an upload or an edit, so that the list can follow.
 */
export async function showCase(element, id, { labels, onChanged, onClose }) {
  element.hidden = false;
  element.innerHTML = `<p class="muted">${escapeHtml(t('ledger.loading'))}</p>`;
  procedure ??= getJson('/api/cases/procedure');
  let detail;
  try {
    detail = await getJson(`/api/cases/${encodeURIComponent(id)}`);
  } catch (e) {
    element.innerHTML = `<p class="error">${escapeHtml(t('error.load', e.message))}</p>`;
    return;
  }
  const [history, archive, house, household, steps] = await Promise.all([
    getJson(`/api/cases/${detail.id}/history`),
    getJson(`/api/cases/${detail.id}/documents`),
    detail.house_code ? getJson(`/api/houses/${encodeURIComponent(detail.house_code)}`).catch(() => null) : null,
    getJson(`/api/households/${encodeURIComponent(detail.household_code)}`).catch(() => null),
    procedure,
  ]);
  const urgency = detail.overdue ? 'overdue' : '';
  element.innerHTML = `
    <div class="detail-head">
      <button type="button" class="back" id="back">${escapeHtml(t('ledger.back'))}</button>
      <h2>${escapeHtml(t('case.number', detail.id))} · ${escapeHtml(detail.house_code ?? t('ledger.noHouse'))}</h2>
      <p>${escapeHtml(detail.township_name ?? '')} ${escapeHtml(detail.village_name ?? '')} · ${escapeHtml(t(`programme.${detail.programme}`))}
        · ${escapeHtml(t('case.cycle', detail.cycle))}</p>
      <p><span class="state state-${escapeHtml(detail.state)}" id="case-state" data-state="${escapeHtml(detail.state)}">${escapeHtml(detail.state_label)}</span>
        ${detail.deadline_on ? `<span class="deadline ${urgency}">${escapeHtml(detail.deadline_label)} ${escapeHtml(detail.deadline_on)}${detail.overdue ? ` ${escapeHtml(t('case.overdue'))}` : ''}</span>` : ''}
        ${detail.house_code ? `<a class="map-link" href="/?house=${encodeURIComponent(detail.house_code)}">${escapeHtml(t('case.onMap'))}</a>` : ''}</p>
    </div>
    <section class="card next"><h3>${escapeHtml(t('case.next'))}</h3><div id="case-actions"></div></section>
    <div class="cards">
      <section class="card"><h3>${escapeHtml(t('case.house'))}</h3>${houseFacts(detail, house)}</section>
      <section class="card"><h3>${escapeHtml(t('case.household'))}</h3>${householdFacts(detail, household)}</section>
      <section class="card"><h3>${escapeHtml(t('case.subsidy'))}</h3>${subsidyFacts(detail, labels)}
        <div id="details-edit"></div></section>
      <section class="card"><h3>${escapeHtml(t('case.deadlines'))}</h3>${deadlineTable(detail)}</section>
    </div>
    <section class="card"><h3>${escapeHtml(t('case.archive'))}</h3><div id="case-archive"></div></section>
    <section class="card"><h3>${escapeHtml(t('case.history'))}</h3>${historyTable(history, labels)}</section>`;
  element.querySelector('#back').addEventListener('click', onClose);
  const reload = (changed) => {
    onChanged(changed);
    showCase(element, detail.id, { labels, onChanged, onClose });
  };
  renderActions(element.querySelector('#case-actions'), detail, { labels, procedure: steps, onMoved: reload });
  renderArchive(element.querySelector('#case-archive'), detail, archive, { labels, onUploaded: () => reload(detail) });
  renderDetailsEditor(element.querySelector('#details-edit'), detail, labels, reload);
  element.dataset.case = detail.id;
  element.dataset.version = detail.version;
}

function houseFacts(c, house) {
  if (!c.house_code) return `<p class="muted">${escapeHtml(t('ledger.noHouse'))}</p>`;
  const p = house?.properties ?? {};
  return `<dl>${dd(t('popup.code'), text(c.house_code))}
    ${dd(t('popup.grade'), `<span class="grade-${escapeHtml(p.grade ?? c.house_grade)}">${escapeHtml(t(`grade.${p.grade ?? c.house_grade}`))}</span>`)}
    ${dd(t('popup.assessed'), text(p.assessed_on))}
    ${dd(t('popup.occupancy'), escapeHtml(t(`occupancy.${p.occupancy ?? c.house_occupancy}`)))}
    ${p.structure ? dd(t('popup.structure'), escapeHtml(t(`structure.${p.structure}`))) : ''}
    ${dd(t('popup.built'), text(p.year_built))}${dd(t('popup.area'), text(p.floor_area))}
    ${p.address ? dd(t('popup.address'), text(p.address)) : ''}</dl>`;
}

function householdFacts(c, h) {
  const categories = (h?.categories ?? (c.primary_category ? [c.primary_category] : []))
    .map((k) => escapeHtml(t(`category.${k}`))).join('、');
  return `<dl>${dd(t('case.head'), text(h?.head_name ?? c.head_name))}
    ${dd(t('case.members'), text(h?.members ?? c.members))}
    ${h ? dd(t('case.idNumber'), text(h.id_number)) + dd(t('case.phone'), text(h.phone)) : ''}
    ${dd(t('filter.category'), categories || '—')}
    ${c.primary_category ? dd(t('case.primaryCategory'), escapeHtml(t(`category.${c.primary_category}`))) : ''}</dl>`;
}

function subsidyFacts(c, labels) {
  const s = c.subsidy;
  const checks = s.checks.map((k) => `<li class="check-${escapeHtml(k.severity.toLowerCase())}">${escapeHtml(k.message)}</li>`).join('');
  return `<dl>${dd(t('case.grade'), text(c.grade))}
    ${dd(t('case.method'), text(c.method ? labels.methods[c.method] : null))}
    ${dd(t('case.plannedArea'), text(c.planned_floor_area))}
    ${dd(t('case.standard'), yuan(s.standard_yuan))}
    ${dd(t('case.amount'), `<b>${yuan(s.amount_yuan)}</b>`)}
    ${dd(t('case.advance'), yuan(s.advance_yuan))}${dd(t('case.balance'), yuan(s.balance_yuan))}
    ${dd(t('case.cost'), yuan(c.cost_yuan))}
    ${c.in_disaster_rebuild ? dd(t('case.inDisasterRebuild'), escapeHtml(t('case.yes'))) : ''}
    ${c.rejection_reason ? dd(t('actions.reason'), text(c.rejection_reason)) : ''}</dl>
    ${checks ? `<ul class="checks">${checks}</ul>` : ''}
    <p class="hint">${escapeHtml(s.rule ?? '')}</p>`;
}

function deadlineTable(c) {
  if (!c.deadlines.length) return `<p class="muted">${escapeHtml(t('ledger.noDeadline'))}</p>`;
  const rows = c.deadlines.map((d) => {
    const status = d.done_on ? (d.late ? t('deadline.doneLate') : t('deadline.done'))
      : (d.late ? t('case.overdue') : t('deadline.open'));
    return `<tr class="${d.late ? 'late' : ''}"><td>${escapeHtml(d.label)}${d.action ? ` <small>${escapeHtml(d.action)}</small>` : ''}</td>
      <td>${escapeHtml(d.due_on)}</td><td>${escapeHtml(d.done_on ?? '—')}</td><td>${escapeHtml(status)}</td></tr>`;
  }).join('');
  return `<div class="table-scroll"><table class="deadlines"><thead><tr><th>${escapeHtml(t('deadline.rule'))}</th>
    <th>${escapeHtml(t('deadline.due'))}</th><th>${escapeHtml(t('deadline.doneOn'))}</th><th>${escapeHtml(t('deadline.status'))}</th></tr></thead>
    <tbody>${rows}</tbody></table></div>`;
}

function historyTable(history, labels) {
  const rows = [...history].reverse().map((e) => {
    const money = ['central_yuan', 'provincial_yuan', 'local_yuan'].filter((k) => e[k] != null)
      .map((k) => `${t(`money.${k.split('_')[0]}`)} ${yuan(e[k])}`).join(comma());
    const states = e.from_state && e.from_state !== e.to_state
      ? `${escapeHtml(labels.states[e.from_state])} → ${escapeHtml(labels.states[e.to_state])}`
      : escapeHtml(labels.states[e.to_state]);
    return `<tr><td>${escapeHtml(e.occurred_on)}</td><td><b>${escapeHtml(e.action_label)}</b></td><td>${states}</td>
      <td>${escapeHtml(e.actor)}</td><td><small>${escapeHtml(e.recorded_at.slice(0, 16).replace('T', ' '))}</small></td>
      <td>${escapeHtml(e.note ?? '')}${money ? `<small>${escapeHtml(money)} ${escapeHtml(t('money.yuan'))}</small>` : ''}</td></tr>`;
  }).join('');
  return `<div class="table-scroll"><table class="history" id="case-history"><thead><tr><th>${escapeHtml(t('history.day'))}</th>
    <th>${escapeHtml(t('history.action'))}</th><th>${escapeHtml(t('history.states'))}</th><th>${escapeHtml(t('history.actor'))}</th>
    <th>${escapeHtml(t('history.recorded'))}</th><th>${escapeHtml(t('actions.note'))}</th></tr></thead><tbody>${rows}</tbody></table></div>`;
}

/** 修改改造信息: method, floor area, cost, approved amount, flags — PUT replaces them all, with the version. */
function renderDetailsEditor(element, c, labels, onSaved) {
  if (c.state === 'CLOSED' || c.state === 'WITHDRAWN' || c.state === 'REJECTED') return;
  element.innerHTML = `<details><summary>${escapeHtml(t('details.edit'))}</summary>
    <form class="details-form">
      <label>${escapeHtml(t('case.method'))}<select name="method"><option value="">—</option>
        ${Object.entries(labels.methods).map(([k, v]) => `<option value="${k}"${c.method === k ? ' selected' : ''}>${escapeHtml(v)}</option>`).join('')}</select></label>
      <label>${escapeHtml(t('case.plannedArea'))}<input name="planned_floor_area" type="number" min="0.1" step="0.1" inputmode="decimal" value="${escapeHtml(c.planned_floor_area ?? '')}"></label>
      <label>${escapeHtml(t('case.cost'))}<input name="cost_yuan" type="number" min="0" step="0.01" inputmode="decimal" value="${escapeHtml(c.cost_yuan ?? '')}"></label>
      <label>${escapeHtml(t('details.approved'))}<input name="approved_yuan" type="number" min="0" step="0.01" inputmode="decimal" value="${escapeHtml(c.approved_yuan ?? '')}"></label>
      <label>${escapeHtml(t('details.split'))}<input name="household_split_on" type="date" value="${escapeHtml(c.household_split_on ?? '')}"></label>
      <label class="check"><input name="in_disaster_rebuild" type="checkbox"${c.in_disaster_rebuild ? ' checked' : ''}>${escapeHtml(t('case.inDisasterRebuild'))}</label>
      <label>${escapeHtml(t('actions.note'))}<input name="note" maxlength="2000"></label>
      <p class="error" role="alert" hidden></p>
      <div class="buttons"><button type="submit" class="primary">${escapeHtml(t('details.save'))}</button></div>
    </form></details>`;
  const form = element.querySelector('form');
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    const body = { version: c.version, in_disaster_rebuild: form.elements.in_disaster_rebuild.checked };
    for (const name of ['method', 'household_split_on', 'note']) {
      if (form.elements[name].value) body[name] = form.elements[name].value;
    }
    for (const name of ['planned_floor_area', 'cost_yuan', 'approved_yuan']) {
      if (form.elements[name].value) body[name] = Number(form.elements[name].value);
    }
    const response = await send(`/api/cases/${c.id}/details`, {
      method: 'PUT', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body),
    });
    if (!response.ok) {
      const error = form.querySelector('.error');
      error.textContent = await problemText(response);
      error.hidden = false;
      return;
    }
    onSaved(await response.json());
  });
}

import { getJson, send, escapeHtml, problemText } from './api.js';
import { t } from './i18n.js';

const ACCEPT = '.pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png';
const dd = (label, value) => `<dt>${escapeHtml(label)}</dt><dd>${value}</dd>`;
const text = (v) => escapeHtml(v ?? '—');
const today = () => new Date(Date.now() - new Date().getTimezoneOffset() * 60000).toISOString().slice(0, 10);
/** What each step asks for besides the day and a note (the server checks every rule again). */
const FIELDS = {
  ASSIGN: ['responsible_unit', 'responsible_person', 'deadline_on'],
  START: ['progress'],
  REQUEST_CLOSE: ['measures', 'progress'],
  RETURN: ['reason'],
  DISMISS: ['reason'],
};
/** Steps that send back or end a problem: drawn apart from the next step. */
const SIDE = new Set(['RETURN', 'DISMISS']);

/**
 * One problem: where it stands, who rectifies it by when, what it is about (links), the next steps the
 * account may take (from the API), the evidence (upload, list) and the full history. `onChanged()`
 * after a step or an upload, so that the list can follow.
 */
export async function showProblem(element, id, { labels, onChanged, onClose }) {
  element.hidden = false;
  element.innerHTML = `<p class="muted">${escapeHtml(t('ledger.loading'))}</p>`;
  let p;
  try {
    p = await getJson(`/api/problems/${encodeURIComponent(id)}`);
  } catch (e) {
    element.innerHTML = `<p class="error">${escapeHtml(t('error.load', e.message))}</p>`;
    return;
  }
  const [history, documents] = await Promise.all([
    getJson(`/api/problems/${p.id}/history`), getJson(`/api/problems/${p.id}/documents`),
  ]);
  const links = p.links.map((l) => `<li>${escapeHtml(t(`problems.link.${l.kind}`))} ${l.kind === 'HOUSE'
    ? `<a href="/?house=${encodeURIComponent(l.code)}">${escapeHtml(l.code)}</a>` : escapeHtml(l.kind === 'VILLAGE' ? (l.village_name ?? l.code) : l.code)}</li>`).join('');
  element.innerHTML = `
    <div class="detail-head">
      <button type="button" class="back" id="back">${escapeHtml(t('ledger.back'))}</button>
      <h2>${escapeHtml(t('problems.number', p.id))} · ${escapeHtml(p.source_label)}</h2>
      <p>${escapeHtml(p.area_name)}${p.township_name && p.village_name ? ` · ${escapeHtml(p.township_name)}` : ''}
        ${p.source_reference ? ` · ${escapeHtml(p.source_reference)}` : ''}</p>
      <p><span class="state problem-state-${escapeHtml(p.state)}" id="problem-state" data-state="${escapeHtml(p.state)}">${escapeHtml(p.state_label)}</span>
        ${p.deadline_on ? `<span class="deadline ${p.overdue ? 'overdue' : ''}">${escapeHtml(t('problems.deadline'))} ${escapeHtml(p.deadline_on)}${p.overdue ? ` ${escapeHtml(t('case.overdue'))}` : ''}</span>` : ''}
        ${p.lon != null ? `<a class="map-link" href="/#16/${p.lat}/${p.lon}">${escapeHtml(t('case.onMap'))}</a>` : ''}</p>
    </div>
    <section class="card next"><h3>${escapeHtml(t('case.next'))}</h3><div id="problem-actions"></div></section>
    <div class="cards">
      <section class="card"><h3>${escapeHtml(t('problems.problem'))}</h3><p class="problem-text">${escapeHtml(p.description)}</p>
        <dl>${dd(t('problems.foundOn'), text(p.found_on))}${dd(t('problems.registeredOn'), text(p.registered_on))}
        ${dd(t('problems.createdBy'), text(p.created_by))}
        ${p.reason ? dd(t('actions.reason'), text(p.reason)) : ''}${p.closed_on ? dd(t('problems.closedOn'), text(p.closed_on)) : ''}</dl>
        ${links ? `<h4>${escapeHtml(t('problems.links'))}</h4><ul class="links">${links}</ul>` : ''}</section>
      <section class="card"><h3>${escapeHtml(t('problems.rectification'))}</h3>
        <dl>${dd(t('problems.unit'), text(p.responsible_unit))}${dd(t('problems.person'), text(p.responsible_person))}
        ${dd(t('problems.deadline'), text(p.deadline_on))}${dd(t('problems.measures'), text(p.measures))}
        ${dd(t('problems.progress'), text(p.progress))}</dl></section>
    </div>
    <section class="card"><h3>${escapeHtml(t('problems.documents'))}</h3><div id="problem-documents"></div></section>
    <section class="card"><h3>${escapeHtml(t('case.history'))}</h3>${historyTable(history, labels)}</section>`;
  element.querySelector('#back').addEventListener('click', onClose);
  const reload = () => {
    onChanged();
    showProblem(element, p.id, { labels, onChanged, onClose });
  };
  renderActions(element.querySelector('#problem-actions'), p, documents, reload);
  renderDocuments(element.querySelector('#problem-documents'), p, documents, labels, reload);
  element.dataset.problem = p.id;
  element.dataset.version = p.version;
}

function renderActions(element, p, documents, onMoved) {
  const actions = p.allowed_actions;
  if (!actions.length) {
    element.innerHTML = `<p class="muted">${escapeHtml(t(p.state === 'CLOSED' || p.state === 'UNFOUNDED' ? 'problems.ended' : 'problems.noStepForYou'))}</p>`;
    return;
  }
  const evidence = documents.filter((d) => d.kind === 'EVIDENCE').length;
  const button = (a) => `<button type="button" class="action${SIDE.has(a.action) ? ' side' : ' primary'}" data-action="${escapeHtml(a.action)}" aria-expanded="false">`
    + `${escapeHtml(a.label)}${a.action === 'REQUEST_CLOSE' && !evidence ? ` <span class="badge warn">${escapeHtml(t('problems.noEvidence'))}</span>` : ''}</button>`;
  element.innerHTML = `<div class="action-buttons">${actions.filter((a) => !SIDE.has(a.action)).map(button).join('')}</div>
    <div class="action-buttons side">${actions.filter((a) => SIDE.has(a.action)).map(button).join('')}</div>
    <form class="action-form" id="problem-action-form" hidden></form>`;
  const form = element.querySelector('form');
  const field = (name, action) => {
    const value = name === 'reason' ? '' : (p[name] ?? '');
    if (name === 'deadline_on') {
      return `<label>${escapeHtml(t('problems.deadline'))}<input type="date" name="deadline_on" value="${escapeHtml(value)}" required></label>`;
    }
    const required = name === 'reason' || name === 'responsible_unit' || (name === 'measures' && action === 'REQUEST_CLOSE');
    const label = name === 'reason' ? t('actions.reason') : t(`problems.${{ responsible_unit: 'unit', responsible_person: 'person' }[name] ?? name}`);
    return name === 'measures' || name === 'progress' || name === 'reason'
      ? `<label>${escapeHtml(label)}<textarea name="${name}" rows="2" maxlength="${name === 'reason' ? 500 : 2000}"${required ? ' required' : ''}>${escapeHtml(value)}</textarea></label>`
      : `<label>${escapeHtml(label)}<input name="${name}" maxlength="${name === 'responsible_person' ? 50 : 100}" value="${escapeHtml(value)}"${required ? ' required' : ''}></label>`;
  };
  function open(action) {
    element.querySelectorAll('button.action').forEach((b) => b.setAttribute('aria-expanded', String(b.dataset.action === action)));
    const label = actions.find((a) => a.action === action).label;
    form.innerHTML = `<h4>${escapeHtml(label)}</h4>
      ${action === 'REQUEST_CLOSE' ? `<p class="${evidence ? 'ok' : 'warn'}">${escapeHtml(evidence ? t('problems.evidenceCount', evidence) : t('problems.uploadEvidenceFirst'))}</p>` : ''}
      <label>${escapeHtml(t('actions.occurredOn'))}<input type="date" name="occurred_on" value="${today()}" max="${today()}" required></label>
      ${(FIELDS[action] ?? []).map((name) => field(name, action)).join('')}
      ${FIELDS[action]?.includes('reason') ? '' : `<label>${escapeHtml(t('actions.note'))}<textarea name="note" rows="2" maxlength="2000"></textarea></label>`}
      <p class="error" role="alert" hidden></p>
      <div class="buttons"><button type="submit" class="primary">${escapeHtml(t('actions.confirm', label))}</button>
        <button type="button" data-cancel>${escapeHtml(t('actions.cancel'))}</button></div>`;
    form.dataset.action = action;
    form.hidden = false;
    form.querySelector('input, textarea').focus();
  }
  element.querySelectorAll('button.action').forEach((b) => b.addEventListener('click', () => open(b.dataset.action)));
  form.addEventListener('click', (e) => {
    if (e.target.matches('[data-cancel]')) form.hidden = true;
  });
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    const body = { action: form.dataset.action, version: p.version };
    for (const el of form.elements) {
      if (!el.name || el.value.trim() === '') continue;
      if (el.name !== 'reason' && el.name !== 'note' && el.name !== 'occurred_on' && (p[el.name] ?? '') === el.value) continue;
      body[el.name] = el.value.trim();
    }
    const submit = form.querySelector('button[type="submit"]');
    submit.disabled = true;
    try {
      const response = await send(`/api/problems/${p.id}/transitions`, {
        method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body),
      });
      if (!response.ok) {
        const error = form.querySelector('.error');
        error.textContent = await problemText(response);
        error.hidden = false;
        return;
      }
      onMoved();
    } finally {
      submit.disabled = false;
    }
  });
}

function renderDocuments(element, p, documents, labels, onUploaded) {
  const size = (bytes) => (bytes >= 1048576 ? `${(bytes / 1048576).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`);
  const rows = documents.map((d) => `<tr><td>${escapeHtml(labels.documents[d.kind])}</td>
      <td><a href="/api/problems/${p.id}/documents/${d.id}" download>${escapeHtml(d.file_name)}</a><small>${size(d.size_bytes)}</small></td>
      <td>${escapeHtml(d.uploaded_by)}<small>${escapeHtml(d.uploaded_at.slice(0, 16).replace('T', ' '))}</small></td>
      <td>${escapeHtml(d.note ?? '')}</td></tr>`).join('');
  element.innerHTML = `
    <form class="upload" id="problem-upload">
      <label>${escapeHtml(t('archive.kind'))}<select name="kind">
        ${Object.entries(labels.documents).map(([k, v]) => `<option value="${k}">${escapeHtml(v)}</option>`).join('')}</select></label>
      <label>${escapeHtml(t('archive.file'))}<input type="file" name="file" accept="${ACCEPT}" required></label>
      <label>${escapeHtml(t('actions.note'))}<input name="note" maxlength="500"></label>
      <p class="hint">${escapeHtml(t('archive.rules'))}</p>
      <p class="error" role="alert" hidden></p>
      <div class="buttons"><button type="submit" class="primary">${escapeHtml(t('archive.upload'))}</button></div>
    </form>
    <div class="table-scroll"><table class="documents" id="problem-document-list">
      <thead><tr><th>${escapeHtml(t('archive.kind'))}</th><th>${escapeHtml(t('archive.file'))}</th>
        <th>${escapeHtml(t('archive.by'))}</th><th>${escapeHtml(t('actions.note'))}</th></tr></thead>
      <tbody>${rows || `<tr><td colspan="4" class="muted">${escapeHtml(t('archive.empty'))}</td></tr>`}</tbody></table></div>`;
  const form = element.querySelector('form');
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    const button = form.querySelector('button[type="submit"]');
    button.disabled = true;
    try {
      const response = await send(`/api/problems/${p.id}/documents`, { method: 'POST', headers: {}, body: new FormData(form) });
      if (!response.ok) {
        const error = form.querySelector('.error');
        error.textContent = await problemText(response);
        error.hidden = false;
        return;
      }
      onUploaded();
    } finally {
      button.disabled = false;
    }
  });
}

function historyTable(history, labels) {
  const rows = [...history].reverse().map((e) => {
    const states = e.from_state && e.from_state !== e.to_state
      ? `${escapeHtml(labels.states[e.from_state])} → ${escapeHtml(labels.states[e.to_state])}`
      : escapeHtml(labels.states[e.to_state]);
    return `<tr><td>${escapeHtml(e.occurred_on)}</td><td><b>${escapeHtml(e.action_label)}</b></td><td>${states}</td>
      <td>${escapeHtml(e.actor)}</td><td><small>${escapeHtml(e.recorded_at.slice(0, 16).replace('T', ' '))}</small></td>
      <td>${escapeHtml(e.note ?? '')}</td></tr>`;
  }).join('');
  return `<div class="table-scroll"><table class="history" id="problem-history"><thead><tr><th>${escapeHtml(t('history.day'))}</th>
    <th>${escapeHtml(t('history.action'))}</th><th>${escapeHtml(t('history.states'))}</th><th>${escapeHtml(t('history.actor'))}</th>
    <th>${escapeHtml(t('history.recorded'))}</th><th>${escapeHtml(t('actions.note'))}</th></tr></thead><tbody>${rows}</tbody></table></div>`;
}

import { send, escapeHtml, problemText } from './api.js';
import { t, tCount } from './i18n.js';

/** What each action asks for besides the day and a note (the server checks every rule again). */
const EXTRA_FIELDS = {
  APPLY: ['method'],
  REJECT: ['reason'],
  PAY_ADVANCE: ['money'],
  PAY_BALANCE: ['money'],
};
/** Actions whose note the server requires. */
const NOTE_REQUIRED = new Set(['WITHDRAW', 'REOPEN']);
/** Actions that end or undo a case: drawn apart from the next step of the procedure. */
const SIDE_ACTIONS = new Set(['WITHDRAW', 'REJECT', 'REOPEN']);

const today = () => new Date(Date.now() - new Date().getTimezoneOffset() * 60000).toISOString().slice(0, 10);

/**
 * 下一步: the actions the case's state allows (from the API), each with the documents it needs —
 * on file ✓ or missing ✗ — and a short form (day in the field, note; method, reason or amounts where
 * the action needs them). Sends the transition with the version read and the CSRF header; the
 * server's refusal (409 wrong state or stale version, 422 missing documents or rule) is shown as is.
 * `onMoved(detail)` with the case as it is afterwards.
 */
export function renderActions(element, detail, { labels, procedure, onMoved }) {
  const present = new Set(detail.documents.present.map((d) => d.kind));
  const needs = Object.fromEntries(procedure.map((p) => [p.action, p.documents]));
  const actions = detail.allowed_actions;
  if (!actions.length) {
    element.innerHTML = `<p class="muted">${escapeHtml(t('actions.none'))}</p>`;
    return;
  }
  const button = (a) => {
    const missing = (needs[a.action] ?? []).filter((k) => !present.has(k));
    return `<button type="button" class="action${SIDE_ACTIONS.has(a.action) ? ' side' : ' primary'}" data-action="${escapeHtml(a.action)}"`
      + ` aria-expanded="false">${escapeHtml(a.label)}${missing.length ? ` <span class="badge warn">${escapeHtml(tCount('actions.missingCount', missing.length))}</span>` : ''}</button>`;
  };
  element.innerHTML = `<div class="action-buttons">${actions.filter((a) => !SIDE_ACTIONS.has(a.action)).map(button).join('')}</div>
    <div class="action-buttons side">${actions.filter((a) => SIDE_ACTIONS.has(a.action)).map(button).join('')}</div>
    <form class="action-form" id="action-form" hidden></form>`;
  const form = element.querySelector('#action-form');

  function open(action) {
    element.querySelectorAll('button.action').forEach((b) => b.setAttribute('aria-expanded', String(b.dataset.action === action)));
    const label = actions.find((a) => a.action === action).label;
    const docs = (needs[action] ?? []).map((k) => `<li class="${present.has(k) ? 'ok' : 'missing'}">`
      + `${present.has(k) ? '✓' : '✗'} ${escapeHtml(labels.documents[k])}</li>`).join('');
    const missing = (needs[action] ?? []).filter((k) => !present.has(k));
    const extra = EXTRA_FIELDS[action] ?? [];
    const subsidy = detail.subsidy;
    form.innerHTML = `<h4>${escapeHtml(label)}</h4>
      ${docs ? `<p>${escapeHtml(t('actions.documents'))}</p><ul class="doc-check">${docs}</ul>` : ''}
      ${missing.length ? `<p class="warn">${escapeHtml(t('actions.uploadFirst'))}</p>` : ''}
      <label>${escapeHtml(t('actions.occurredOn'))}<input type="date" name="occurred_on" value="${today()}" max="${today()}" required></label>
      ${extra.includes('method') ? `<label>${escapeHtml(t('case.method'))}<select name="method" required>
        <option value="">—</option>${Object.entries(labels.methods).map(([k, v]) => `<option value="${k}"${detail.method === k ? ' selected' : ''}>${escapeHtml(v)}</option>`).join('')}</select></label>` : ''}
      ${extra.includes('reason') ? `<label>${escapeHtml(t('actions.reason'))}<input name="reason" maxlength="500" required></label>` : ''}
      ${extra.includes('money') ? `<fieldset class="money"><legend>${escapeHtml(t('actions.amounts'))}`
        + `${subsidy.amount_yuan != null ? ` <small>${escapeHtml(t('actions.subsidyHint', subsidy.amount_yuan, subsidy.advance_yuan ?? 0, subsidy.balance_yuan ?? 0))}</small>` : ''}</legend>
        <label>${escapeHtml(t('money.central'))}<input name="central_yuan" type="number" min="0" step="0.01" inputmode="decimal"></label>
        <label>${escapeHtml(t('money.provincial'))}<input name="provincial_yuan" type="number" min="0" step="0.01" inputmode="decimal"></label>
        <label>${escapeHtml(t('money.local'))}<input name="local_yuan" type="number" min="0" step="0.01" inputmode="decimal"></label></fieldset>` : ''}
      <label>${escapeHtml(t('actions.note'))}${NOTE_REQUIRED.has(action) || (action === 'COUNTY_APPROVE' && subsidy.needs_review) ? ` <small>${escapeHtml(t('actions.noteRequired'))}</small>` : ''}
        <textarea name="note" rows="2" maxlength="2000"${NOTE_REQUIRED.has(action) ? ' required' : ''}></textarea></label>
      <p class="error" role="alert" hidden></p>
      <div class="buttons"><button type="submit" class="primary">${escapeHtml(t('actions.confirm', label))}</button>
        <button type="button" data-cancel>${escapeHtml(t('actions.cancel'))}</button></div>`;
    form.dataset.action = action;
    form.hidden = false;
    form.querySelector('input, select, textarea').focus();
  }

  element.querySelectorAll('button.action').forEach((b) => b.addEventListener('click', () => open(b.dataset.action)));
  form.addEventListener('click', (e) => {
    if (e.target.matches('[data-cancel]')) {
      form.hidden = true;
      element.querySelectorAll('button.action').forEach((b) => b.setAttribute('aria-expanded', 'false'));
    }
  });
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    const body = { action: form.dataset.action, version: detail.version };
    for (const el of form.elements) {
      if (!el.name || el.value === '') continue;
      body[el.name] = el.type === 'number' ? Number(el.value) : el.value;
    }
    const submit = form.querySelector('button[type="submit"]');
    submit.disabled = true;
    const error = form.querySelector('.error');
    try {
      const response = await send(`/api/cases/${detail.id}/transitions`, {
        method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body),
      });
      if (!response.ok) {
        error.textContent = await problemText(response);
        error.hidden = false;
        return;
      }
      onMoved(await response.json());
    } finally {
      submit.disabled = false;
    }
  });
}

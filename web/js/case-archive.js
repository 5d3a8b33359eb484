import { send, escapeHtml, problemText } from './api.js';
import { t, formatNumber, tCount } from './i18n.js';

const ACCEPT = '.pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png';

const size = (bytes) => (bytes >= 1048576 ? `${(bytes / 1048576).toFixed(1)} MB` : `${formatNumber(Math.ceil(bytes / 1024))} KB`);

/**
 * 一户一档: what the case's state requires (✓ on file in this cycle, ✗ missing), an upload form
 * (kind — the first missing one preselected —, file, note) and every document of every cycle with
 * who uploaded it when; a document opens as a download. `onUploaded()` after a successful upload.
 */
export function renderArchive(element, detail, archive, { labels, onUploaded }) {
  const completeness = archive.completeness;
  const present = new Set(completeness.present);
  const required = completeness.required.map((k) => `<li class="${present.has(k) ? 'ok' : 'missing'}">`
    + `${present.has(k) ? '✓' : '✗'} ${escapeHtml(labels.documents[k])}</li>`).join('');
  const firstMissing = completeness.missing[0] ?? '';
  const documents = archive.documents.map((d) => `<tr${d.cycle !== detail.cycle ? ' class="muted"' : ''}>
      <td>${escapeHtml(labels.documents[d.kind])}</td>
      <td><a href="/api/cases/${detail.id}/documents/${d.id}" download>${escapeHtml(d.file_name)}</a><small>${size(d.size_bytes)}</small></td>
      <td>${escapeHtml(d.uploaded_by)}<small>${escapeHtml(d.uploaded_at.slice(0, 16).replace('T', ' '))}</small></td>
      <td>${escapeHtml(d.cycle)}</td><td>${escapeHtml(d.note ?? '')}</td></tr>`).join('');
  element.innerHTML = `
    <p class="${completeness.missing.length ? 'warn' : 'ok'}">${escapeHtml(completeness.missing.length
      ? tCount('archive.missing', completeness.missing.length) : t('archive.complete'))}</p>
    ${required ? `<ul class="doc-check">${required}</ul>` : ''}
    <form class="upload" id="upload-form">
      <label>${escapeHtml(t('archive.kind'))}<select name="kind" required>
        ${Object.entries(labels.documents).map(([k, v]) => `<option value="${k}"${k === firstMissing ? ' selected' : ''}>${escapeHtml(v)}${completeness.missing.includes(k) ? ` ${escapeHtml(t('archive.needed'))}` : ''}</option>`).join('')}</select></label>
      <label>${escapeHtml(t('archive.file'))}<input type="file" name="file" accept="${ACCEPT}" required></label>
      <label>${escapeHtml(t('actions.note'))}<input name="note" maxlength="500"></label>
      <p class="hint">${escapeHtml(t('archive.rules'))}</p>
      <p class="error" role="alert" hidden></p>
      <div class="buttons"><button type="submit" class="primary">${escapeHtml(t('archive.upload'))}</button></div>
    </form>
    <div class="table-scroll"><table class="documents">
      <thead><tr><th>${escapeHtml(t('archive.kind'))}</th><th>${escapeHtml(t('archive.file'))}</th>
        <th>${escapeHtml(t('archive.by'))}</th><th>${escapeHtml(t('archive.cycle'))}</th><th>${escapeHtml(t('actions.note'))}</th></tr></thead>
      <tbody>${documents || `<tr><td colspan="5" class="muted">${escapeHtml(t('archive.empty'))}</td></tr>`}</tbody></table></div>`;
  const form = element.querySelector('#upload-form');
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    const error = form.querySelector('.error');
    const button = form.querySelector('button[type="submit"]');
    button.disabled = true;
    try {
      const response = await send(`/api/cases/${detail.id}/documents`, { method: 'POST', headers: {}, body: new FormData(form) });
      if (!response.ok) {
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

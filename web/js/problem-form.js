import { send, escapeHtml, problemText } from './api.js';
import { t } from './i18n.js';

const today = () => new Date(Date.now() - new Date().getTimezoneOffset() * 60000).toISOString().slice(0, 10);

/**
 * 登记问题: source, description, where (township and village of the account's area, and/or house codes),
 * who rectifies by when if already known, the day found and a note. The server derives the area from the
 * houses when none is chosen and answers every wrong field at once, shown as it comes. `onRegistered(problem)`.
 */
export function createProblemForm(element, { labels, areas, onRegistered }) {
  const townships = areas.filter((a) => a.level === 'TOWNSHIP');
  const option = (value, label) => `<option value="${escapeHtml(value)}">${escapeHtml(label)}</option>`;
  element.innerHTML = `<details id="problem-new"><summary>${escapeHtml(t('problems.register'))}</summary>
    <form class="details-form" id="problem-form">
      <label>${escapeHtml(t('problems.source'))}<select name="source" required>${option('', '—')}
        ${Object.entries(labels.sources).map(([code, label]) => option(code, label)).join('')}</select></label>
      <label>${escapeHtml(t('problems.problem'))}<textarea name="description" rows="3" maxlength="2000" required></textarea></label>
      <label>${escapeHtml(t('problems.reference'))}<input name="reference" maxlength="100" placeholder="${escapeHtml(t('problems.referenceHint'))}"></label>
      <label>${escapeHtml(t('filter.township'))}<select name="township">${option('', '—')}${townships.map((a) => option(a.code, a.name)).join('')}</select></label>
      <label>${escapeHtml(t('filter.village'))}<select name="village">${option('', '—')}</select></label>
      <label>${escapeHtml(t('problems.houses'))}<input name="houses" autocomplete="off" placeholder="${escapeHtml(t('problems.housesHint'))}"></label>
      <label>${escapeHtml(t('problems.unit'))}<input name="responsible_unit" maxlength="100"></label>
      <label>${escapeHtml(t('problems.person'))}<input name="responsible_person" maxlength="50"></label>
      <label>${escapeHtml(t('problems.deadline'))}<input type="date" name="deadline_on"></label>
      <label>${escapeHtml(t('problems.foundOn'))}<input type="date" name="found_on" value="${today()}" max="${today()}"></label>
      <label>${escapeHtml(t('actions.note'))}<input name="note" maxlength="2000"></label>
      <p class="hint">${escapeHtml(t('problems.whereHint'))}</p>
      <p class="error" role="alert" hidden></p>
      <div class="buttons"><button type="submit" class="primary">${escapeHtml(t('problems.registerConfirm'))}</button></div>
    </form></details>`;
  const form = element.querySelector('form');
  form.elements.township.addEventListener('change', () => {
    const villages = areas.filter((a) => a.level === 'VILLAGE' && a.parent_code === form.elements.township.value);
    form.elements.village.innerHTML = option('', '—') + villages.map((a) => option(a.code, a.name)).join('');
  });
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    const body = {};
    for (const name of ['source', 'description', 'reference', 'responsible_unit', 'responsible_person', 'deadline_on',
      'found_on', 'note']) {
      if (form.elements[name].value.trim()) body[name] = form.elements[name].value.trim();
    }
    const area = form.elements.village.value || form.elements.township.value;
    if (area) body.area = area;
    const houses = form.elements.houses.value.split(/[\s,，、;；]+/).filter(Boolean);
    if (houses.length) body.houses = houses;
    const button = form.querySelector('button[type="submit"]');
    button.disabled = true;
    try {
      const response = await send('/api/problems', {
        method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body),
      });
      const error = form.querySelector('.error');
      if (!response.ok) {
        error.textContent = await problemText(response);
        error.hidden = false;
        return;
      }
      error.hidden = true;
      form.reset();
      element.querySelector('details').open = false;
      onRegistered(await response.json());
    } finally {
      button.disabled = false;
    }
  });
}

/**
 * 导入问题清单 (county): an .xlsx list of findings with its source for rows without 问题来源 and the list's
 * reference; a dry run first, then the import. All or nothing: the report lists every row error by row
 * and column. `onImported()` after problems were registered.
 */
export function createFindingImport(element, { labels, onImported }) {
  element.innerHTML = `<details id="finding-import"><summary>${escapeHtml(t('problems.import'))}</summary>
    <form class="details-form" id="finding-form">
      <label>${escapeHtml(t('archive.file'))}<input type="file" name="file" accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" required></label>
      <label>${escapeHtml(t('problems.importSource'))}<select name="source"><option value="">—</option>
        ${Object.entries(labels.sources).map(([code, label]) => `<option value="${code}">${escapeHtml(label)}</option>`).join('')}</select></label>
      <label>${escapeHtml(t('problems.reference'))}<input name="reference" maxlength="100" placeholder="${escapeHtml(t('problems.referenceHint'))}"></label>
      <p class="hint">${escapeHtml(t('problems.importHint'))}</p>
      <div class="buttons"><button type="submit" data-dry="true">${escapeHtml(t('problems.importCheck'))}</button>
        <button type="submit" class="primary">${escapeHtml(t('problems.importRun'))}</button></div>
      <div class="import-report" aria-live="polite"></div>
    </form></details>`;
  const form = element.querySelector('form');
  const report = form.querySelector('.import-report');
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    const dry = e.submitter?.dataset.dry === 'true';
    const data = new FormData(form);
    for (const name of ['source', 'reference']) if (!data.get(name)) data.delete(name);
    const response = await send(`/api/problems/import${dry ? '?dry_run=true' : ''}`, { method: 'POST', headers: {}, body: data });
    if (response.status !== 200 && response.status !== 422 && response.status !== 400) {
      report.innerHTML = `<p class="error">${escapeHtml(await problemText(response))}</p>`;
      return;
    }
    const r = await response.json();
    const errors = (r.errors ?? []).map((x) => `<li>${escapeHtml(t('problems.importError', x.row, x.field ?? '', x.value ?? ''))} ${escapeHtml(x.message ?? '')}</li>`).join('');
    report.innerHTML = r.errors?.length
      ? `<p class="error">${escapeHtml(t('problems.importRefused', r.error_count ?? r.errors.length))}</p><ul class="errors">${errors}</ul>`
      : `<p class="ok">${escapeHtml(t(dry ? 'problems.importWould' : 'problems.importDone', r.inserted))}</p>`;
    if (!dry && r.written) onImported();
  });
}

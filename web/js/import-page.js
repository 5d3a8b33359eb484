// 数据导入: upload a county file as an asynchronous import, follow its job with a progress bar,
// then show the report and its row errors. Strings in messages.js (zh-CN first).
import { t, language, formatNumber } from './i18n.js';
import { setUpTopbar } from './topbar.js';
import { csrfHeaders, escapeHtml } from './api.js';

const POLL_MS = 1000;
const IMPORTING_ROLES = ['COUNTY_ADMIN', 'COUNTY_STAFF', 'EMERGENCY_TEAM'];
/** Emergency teams import disaster footprints only (the server says so too: 403). */
const LAYERS_OF_ROLE = { EMERGENCY_TEAM: ['disasters'] };

const form = document.getElementById('import-form');
const startButton = document.getElementById('import-start');
const progressBox = document.getElementById('import-progress');
const phaseText = document.getElementById('import-phase');
const bar = document.getElementById('import-bar');
const counts = document.getElementById('import-counts');
const result = document.getElementById('import-result');
const layerSelect = document.getElementById('import-layer');

/** Shows the fields of the chosen layer (a disaster event's name and type, a zoning map's source); hidden ones are not sent. */
function showLayerFields() {
  form.querySelectorAll('.layer-fields').forEach((fieldset) => {
    const shown = fieldset.dataset.layer === layerSelect.value;
    fieldset.hidden = !shown;
    fieldset.disabled = !shown;
  });
}
layerSelect.addEventListener('change', showLayerFields);

/** fetch with the page's language, so that the server writes its messages in it. */
function get(path) {
  return fetch(path, { headers: { Accept: 'application/json', 'Accept-Language': language() } });
}

function toLogin() {
  location.href = '/login.html';
}

/** A determinate bar at percent, or an indeterminate one (null). */
function showBar(percent) {
  if (percent === null) {
    bar.removeAttribute('value');
    bar.removeAttribute('aria-valuenow');
  } else {
    bar.value = percent;
    bar.setAttribute('aria-valuenow', String(Math.round(percent)));
  }
}

/** Sends the form as an asynchronous import; resolves with the HTTP status and the JSON answer. */
function upload(data) {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', '/api/imports');
    Object.entries(csrfHeaders()).forEach(([name, value]) => xhr.setRequestHeader(name, value));
    xhr.setRequestHeader('Accept-Language', language());
    xhr.upload.addEventListener('progress', (e) => {
      if (e.lengthComputable) {
        showBar((100 * e.loaded) / e.total);
        counts.textContent = t('import.uploaded', formatNumber(Math.round(e.loaded / 1024)),
          formatNumber(Math.round(e.total / 1024)));
      }
    });
    xhr.addEventListener('load', () => {
      let body = null;
      try { body = JSON.parse(xhr.responseText); } catch { body = null; }
      resolve({ status: xhr.status, body });
    });
    xhr.addEventListener('error', () => reject(new Error(t('import.networkError'))));
    xhr.send(data);
  });
}

function showProgress(job) {
  phaseText.textContent = t(`import.phase.${job.phase}`);
  const reading = job.phase === 'reading' && job.bytes_total > 0;
  showBar(reading ? (100 * job.bytes_read) / job.bytes_total : job.phase === 'finished' ? 100 : null);
  counts.textContent = t('import.rowsSoFar', formatNumber(job.rows_read), formatNumber(job.errors_so_far));
}

async function follow(href) {
  while (true) {
    const response = await get(href);
    if (response.status === 401) return toLogin();
    const job = await response.json();
    if (!response.ok) throw new Error(job.detail || response.statusText);
    showProgress(job);
    if (job.state === 'finished' || job.state === 'failed') return job;
    await new Promise((done) => setTimeout(done, POLL_MS));
  }
}

function summaryRow(label, value) {
  return value === null || value === undefined || value === '' ? ''
    : `<dt>${escapeHtml(label)}</dt><dd>${escapeHtml(value)}</dd>`;
}

/** The outcome in one sentence, by the status the import would have answered. */
function verdict(job, report) {
  if (job.status === 400) return ['error', t('import.verdict.file')];
  if (job.status === 422) return ['error', t('import.verdict.rejected', formatNumber(report.rejected))];
  if (report.dry_run) return ['ok', t('import.verdict.dryRun', formatNumber(report.inserted), formatNumber(report.updated))];
  if (!report.written) return ['warn', t('import.verdict.nothing')];
  return ['ok', t('import.verdict.written', formatNumber(report.inserted), formatNumber(report.updated),
    formatNumber(report.rejected))];
}

function showReport(job) {
  const report = job.report;
  const [kind, sentence] = verdict(job, report);
  const crs = report.crs ? `EPSG:${report.crs.srid ?? '?'} ${report.crs.name ?? ''}（${report.crs.source}）` : '';
  const encoding = report.encoding ? `${report.encoding.name}（${report.encoding.source}）` : '';
  const mapping = Object.entries(report.mapping || {});
  const more = report.error_count > report.errors.length
    ? `<p class="hint">${escapeHtml(t('import.errorsCut', formatNumber(report.errors.length), formatNumber(report.error_count)))}</p>` : '';
  result.innerHTML = `
    <p class="verdict ${kind}" role="status">${escapeHtml(sentence)}</p>
    <dl class="import-summary">
      ${summaryRow(t('import.report.file'), `${report.file ?? ''} ${report.format ? `（${report.format}）` : ''}`)}
      ${summaryRow(t('import.report.encoding'), encoding)}
      ${summaryRow(t('import.report.crs'), crs)}
      ${summaryRow(t('import.report.rowsRead'), formatNumber(report.rows_read))}
      ${summaryRow(t('import.report.inserted'), formatNumber(report.inserted))}
      ${summaryRow(t('import.report.updated'), formatNumber(report.updated))}
      ${summaryRow(t('import.report.rejected'), formatNumber(report.rejected))}
      ${summaryRow(t('import.report.repaired'), report.repaired ? formatNumber(report.repaired) : '')}
      ${summaryRow(t('import.report.events'), (report.events ?? []).map((e) => t('import.report.event', e.name, formatNumber(e.parts))).join('、'))}
    </dl>
    ${report.notes.length ? `<ul class="import-notes">${report.notes.map((n) => `<li>${escapeHtml(n)}</li>`).join('')}</ul>` : ''}
    ${mapping.length ? `<details><summary>${escapeHtml(t('import.report.mapping'))}</summary>
      <table class="import-table"><thead><tr><th>${escapeHtml(t('import.report.column'))}</th><th>${escapeHtml(t('import.report.field'))}</th></tr></thead>
      <tbody>${mapping.map(([c, f]) => `<tr><td>${escapeHtml(c)}</td><td>${escapeHtml(f)}</td></tr>`).join('')}</tbody></table>
      ${report.unmapped_fields.length ? `<p class="hint">${escapeHtml(t('import.report.unmapped', report.unmapped_fields.join('、')))}</p>` : ''}
      </details>` : ''}
    ${report.errors.length ? `<h2>${escapeHtml(t('import.report.errors'))}</h2>${more}
      <table class="import-table import-errors"><thead><tr>
        <th scope="col">${escapeHtml(t('import.error.row'))}</th><th scope="col">${escapeHtml(t('import.error.field'))}</th>
        <th scope="col">${escapeHtml(t('import.error.value'))}</th><th scope="col">${escapeHtml(t('import.error.message'))}</th>
      </tr></thead><tbody>${report.errors.map((e) => `<tr><td>${escapeHtml(e.row || '')}</td><td>${escapeHtml(e.field)}</td>
        <td>${escapeHtml(e.value)}</td><td>${escapeHtml(e.message)}</td></tr>`).join('')}</tbody></table>` : ''}`;
  result.hidden = false;
}

function showProblem(message) {
  result.innerHTML = `<p class="verdict error" role="alert">${escapeHtml(message)}</p>`;
  result.hidden = false;
}

/** A 400 of the request itself (a malformed parameter) lists the fields; 413/503 say why. */
function problemText(status, body) {
  if (body && Array.isArray(body.errors) && body.errors.length && !body.id) {
    return `${body.title ?? ''}：${body.errors.map((e) => `${e.field} ${e.message}`).join('；')}`;
  }
  if (body && body.errors && body.errors.length) {
    return `${body.title ?? ''}：${body.errors[0].message}`;
  }
  return (body && (body.detail || body.title)) || t('import.httpError', status);
}

form.addEventListener('submit', async (event) => {
  event.preventDefault();
  const data = new FormData(form);
  for (const name of ['encoding', 'srid', 'name', 'type', 'started_on', 'source']) {
    if (!String(data.get(name) ?? '').trim()) data.delete(name);
  }
  if (!document.getElementById('import-dry-run').checked) data.delete('dryRun');
  data.set('async', 'true');
  startButton.disabled = true;
  result.hidden = true;
  progressBox.hidden = false;
  phaseText.textContent = t('import.phase.uploading');
  showBar(0);
  try {
    const { status, body } = await upload(data);
    if (status === 401) return toLogin();
    if (status !== 202) {
      progressBox.hidden = true;
      showProblem(problemText(status, body));
      return;
    }
    const job = await follow(body.href);
    if (!job) return;
    if (job.state === 'failed') showProblem(job.failure);
    else showReport(job);
  } catch (e) {
    showProblem(e.message);
  } finally {
    startButton.disabled = false;
  }
});

async function start() {
  // the header every page shares (page links, account, log out, language); a 401 leads to the login page
  const me = await setUpTopbar('import');
  if (!me) return;
  document.title = `${t('app.title')} · ${t('import.title')}`;
  const layers = LAYERS_OF_ROLE[me.role];
  if (layers) {
    [...layerSelect.options].filter((o) => !layers.includes(o.value)).forEach((o) => o.remove());
  }
  showLayerFields();
  if (!IMPORTING_ROLES.includes(me.role)) {
    form.querySelectorAll('input, select, button').forEach((el) => { el.disabled = true; });
    showProblem(t('import.notAllowed', t(`role.${me.role}`)));
  }
}

start();

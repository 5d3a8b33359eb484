import { getJson, escapeHtml } from './api.js';
import { t, formatNumber } from './i18n.js';
import { setUpTopbar } from './topbar.js';
import { caseLabels } from './case-labels.js';
import { barChart, monthlyChart } from './charts.js';
import { caseLayer } from './case-layer.js';
import { areaLayer } from './context-layers.js';
import { URGENCY_COLOURS } from './style.js';

const STATE_COLOURS = { CLOSED: '#2e9e4f', WITHDRAWN: '#9aa0a6', REJECTED: '#9aa0a6' };

function flatten(nodes, parent = null, out = []) {
  for (const n of nodes) {
    out.push({ code: n.code, name: n.name, level: n.level, parent_code: parent });
    flatten(n.children ?? [], n.code, out);
  }
  return out;
}

const option = (value, label, selected) => `<option value="${escapeHtml(value)}"${selected ? ' selected' : ''}>${escapeHtml(label)}</option>`;
const ledgerLink = (params) => `/cases.html?${new URLSearchParams(params)}`;

/**
 * 统计: the ledger in figures for a county officer — open, overdue, due soon and closed cases, cases
 * by state and by township (each figure links to the matching ledger list), started/completed/closed
 * per month over the last year, the open cases on a map, and the month's report forms to download.
 */
async function start() {
  await setUpTopbar('dashboard');
  const [labels, tree] = await Promise.all([caseLabels(), getJson('/api/areas/tree')]);
  const areas = flatten(tree);
  const townships = areas.filter((a) => a.level === 'TOWNSHIP');
  const counties = areas.filter((a) => a.level === 'COUNTY');
  const filter = document.getElementById('dashboard-filter');
  filter.innerHTML = `<label>${escapeHtml(t('filter.township'))}<select name="township">${option('', t('filter.all'))}
      ${townships.map((a) => option(a.code, a.name)).join('')}</select></label>
    <label>${escapeHtml(t('dashboard.programme'))}<select name="programme">${option('', t('filter.all'))}
      ${['DANGEROUS_HOUSE', 'SEISMIC_RETROFIT'].map((p) => option(p, t(`programme.${p}`))).join('')}</select></label>`;
  const map = await createMiniMap();

  async function render() {
    const params = new URLSearchParams();
    for (const name of ['township', 'programme']) {
      if (filter.elements[name].value) params.set(name, filter.elements[name].value);
    }
    const query = params.toString();
    const summary = await getJson(`/api/cases/summary?${query}`);
    document.getElementById('dashboard-today').textContent = t('dashboard.today', summary.today, summary.due_within_days);
    renderKpis(summary, params);
    renderStates(summary, labels, params);
    renderTownships(summary, params);
    renderMonthly(summary);
    map.show(query ? `&${query}` : '');
    document.getElementById('dashboard').dataset.ready = 'true';
  }
  filter.addEventListener('change', () => render().catch(showError));
  await render();
  renderReport(document.getElementById('report'), counties);
}

function renderKpis(s, params) {
  const base = Object.fromEntries(params);
  const kpis = [
    ['open', s.totals.open, { ...base }, ''],
    ['overdue', s.totals.overdue, { ...base, deadline: 'overdue' }, 'overdue'],
    ['due_soon', s.totals.due_soon, { ...base, deadline: 'soon' }, 'due-soon'],
    ['closed', s.totals.closed, { ...base, state: 'CLOSED' }, 'closed'],
    ['cases', s.totals.cases, { ...base, state: 'ALL' }, ''],
  ];
  document.getElementById('kpis').innerHTML = kpis.map(([key, value, link, cls]) => `<a class="kpi ${cls}" href="${ledgerLink(link)}"
      data-kpi="${key}" data-value="${value}"><span class="number">${formatNumber(value)}</span>
      <span class="label">${escapeHtml(t(`dashboard.kpi.${key}`, s.due_within_days))}</span></a>`).join('');
}

function renderStates(s, labels, params) {
  const rows = Object.entries(s.by_state).map(([state, value]) => ({
    key: state, label: labels.states[state], value, colour: STATE_COLOURS[state],
    href: ledgerLink({ ...Object.fromEntries(params), state }),
  }));
  document.getElementById('by-state').innerHTML = barChart(rows, { title: t('dashboard.byState') });
}

function renderTownships(s, params) {
  const base = Object.fromEntries(params);
  const cell = (n, link, cls) => `<td class="num${n > 0 && cls ? ` ${cls}` : ''}"><a href="${ledgerLink(link)}">${formatNumber(n)}</a></td>`;
  const rows = s.by_township.map((tw) => `<tr data-township="${escapeHtml(tw.township_code)}">
      <th scope="row">${escapeHtml(tw.township_name ?? tw.township_code)}</th>
      ${cell(tw.open, { ...base, township: tw.township_code })}
      ${cell(tw.overdue, { ...base, township: tw.township_code, deadline: 'overdue' }, 'overdue')}
      ${cell(tw.due_soon, { ...base, township: tw.township_code, deadline: 'soon' }, 'due-soon')}
      ${cell(tw.closed, { ...base, township: tw.township_code, state: 'CLOSED' })}
      ${cell(tw.cases, { ...base, township: tw.township_code, state: 'ALL' })}</tr>`).join('');
  document.getElementById('by-township').innerHTML = `<div class="table-scroll"><table class="figures" id="township-table">
    <thead><tr><th>${escapeHtml(t('filter.township'))}</th><th>${escapeHtml(t('dashboard.kpi.open'))}</th>
      <th>${escapeHtml(t('dashboard.col.overdue'))}</th><th>${escapeHtml(t('dashboard.col.dueSoon'))}</th>
      <th>${escapeHtml(t('dashboard.kpi.closed'))}</th><th>${escapeHtml(t('dashboard.kpi.cases'))}</th></tr></thead>
    <tbody>${rows || `<tr><td colspan="6" class="muted">${escapeHtml(t('ledger.none'))}</td></tr>`}</tbody></table></div>`;
}

function renderMonthly(s) {
  const months = s.monthly.map((m) => m.month);
  const series = [
    { key: 'started', label: t('dashboard.started'), colour: '#f39c12' },
    { key: 'completed', label: t('dashboard.completed'), colour: '#2471a3' },
    { key: 'accepted', label: t('dashboard.accepted'), colour: '#8cc152' },
    { key: 'closed', label: t('dashboard.closed'), colour: '#2e9e4f' },
  ].map((x) => ({ ...x, values: s.monthly.map((m) => m[x.key]) }));
  document.getElementById('monthly').innerHTML = monthlyChart(months, series, { title: t('dashboard.monthly') });
}

/** The open cases on a small map of the townships, the rings as on the main map; `show(query)` refilters. */
async function createMiniMap() {
  const map = L.map('case-map', { preferCanvas: true });
  const townships = await areaLayer(map, 'TOWNSHIP', { color: '#1f4e79', weight: 2, fill: false }, 0);
  townships.addTo(map);
  if (townships.getBounds().isValid()) map.fitBounds(townships.getBounds());
  else map.setView([35.61, 111.22], 10);
  let current = null;
  return {
    show(query) {
      if (current) map.removeLayer(current.layer);
      current = caseLayer(map, {
        query,
        onLoad: (cases) => {
          if (!cases) return;
          document.getElementById('case-map-counts').innerHTML = ['OVERDUE', 'DUE_SOON', 'ON_TIME', 'NONE']
            .map((k) => `<span class="ring" style="border-color:${URGENCY_COLOURS[k]}"></span>`
              + `${escapeHtml(t(`legend.case.${k}`))} ${formatNumber(cases.by_urgency[k])}`).join('　');
        },
        onError: showError,
      });
      current.layer.addTo(map);
    },
  };
}

const SIGNATURE_KEY = 'anju.report.signature';

/** 月报: county, month and form; the figures of the form summed per township, and the downloads. */
function renderReport(element, counties) {
  const now = new Date();
  const month = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}`;
  element.innerHTML = `<form class="filters inline" id="report-form">
      <label>${escapeHtml(t('report.county'))}<select name="county">${counties.map((c) => option(c.code, c.name)).join('')}</select></label>
      <label>${escapeHtml(t('report.month'))}<input type="month" name="month" value="${month}" max="${month}" required></label>
      <label>${escapeHtml(t('report.form'))}<select name="programme">
        ${option('DANGEROUS_HOUSE', t('report.form.DANGEROUS_HOUSE'))}${option('SEISMIC_RETROFIT', t('report.form.SEISMIC_RETROFIT'))}</select></label>
      <label>${escapeHtml(t('report.reporter'))}<input name="reporter" maxlength="60" autocomplete="name"></label>
      <label>${escapeHtml(t('report.phone'))}<input name="phone" type="tel" maxlength="60" autocomplete="tel"></label>
    </form>
    <p class="downloads" id="report-links"></p>
    <div class="table-scroll" id="report-table"></div>`;
  const form = element.querySelector('#report-form');
  // 填报人 and 联系电话 go into the XLSX's header; remembered in this browser for next month
  const signature = JSON.parse(localStorage.getItem(SIGNATURE_KEY) ?? '{}');
  form.elements.reporter.value = signature.reporter ?? '';
  form.elements.phone.value = signature.phone ?? '';
  function links() {
    const params = new URLSearchParams({ county: form.elements.county.value, month: form.elements.month.value, programme: form.elements.programme.value });
    const signed = new URLSearchParams(params);
    for (const name of ['reporter', 'phone']) {
      if (form.elements[name].value.trim()) signed.set(name, form.elements[name].value.trim());
    }
    localStorage.setItem(SIGNATURE_KEY, JSON.stringify({ reporter: form.elements.reporter.value, phone: form.elements.phone.value }));
    element.querySelector('#report-links').innerHTML = `<a class="download" id="report-xlsx" href="/api/reports/monthly.xlsx?${signed}" download>${escapeHtml(t('report.xlsx'))}</a>
      <a class="download" href="/api/reports/monthly.csv?${params}" download>${escapeHtml(t('report.csv'))}</a>`;
    return params;
  }
  async function update(e) {
    const params = links();
    if (e && ['reporter', 'phone'].includes(e.target.name)) return;
    try {
      const report = await getJson(`/api/reports/monthly?${params}`);
      const sum = (cols, from, to) => cols.slice(from, to).reduce((a, v) => a + (Number(v) || 0), 0);
      const rows = report.rows.map((r) => `<tr><th scope="row">${escapeHtml(r.unit)}</th>
          <td class="num">${formatNumber(sum(r.columns, 0, 6))}</td><td class="num">${formatNumber(sum(r.columns, 6, 12))}</td>
          <td class="num">${sum(r.columns, 18, 21).toFixed(4)}</td><td class="num">${Number(r.columns[21] ?? 0).toFixed(4)}</td></tr>`).join('');
      element.querySelector('#report-table').innerHTML = `<p class="hint">${escapeHtml(report.title)}</p><table class="figures">
        <thead><tr><th>${escapeHtml(t('report.unit'))}</th><th>${escapeHtml(t('report.started'))}</th><th>${escapeHtml(t('report.completed'))}</th>
          <th>${escapeHtml(t('report.paid'))}</th><th>${escapeHtml(t('report.investment'))}</th></tr></thead><tbody>${rows}</tbody></table>`;
    } catch (e) {
      element.querySelector('#report-table').textContent = t('error.load', e.message);
    }
  }
  form.addEventListener('change', update);
  form.addEventListener('input', (e) => { if (['reporter', 'phone'].includes(e.target.name)) links(); });
  update();
}

function showError(e) {
  document.getElementById('dashboard-today').textContent = t('error.load', e.message);
}

start().catch(showError);

import { getJson, escapeHtml, send, problemText } from './api.js';
import { t, formatYuan } from './i18n.js';

const row = (label, value) => `<tr><th>${escapeHtml(label)}</th><td>${value}</td></tr>`;

/**
 * Opens a popup with the facts of one house, its households (masked by the server) and history;
 * with `withCases` (county staff) also its cases in the ledger, each linked to the ledger page; with
 * `opensCases` (county, township and village staff) a 建档 button when the house qualifies for a case.
 */
export async function openHousePopup(map, code, latLng, { withCases = false, opensCases = false } = {}) {
  const popup = L.popup({ maxWidth: 360, className: 'house-popup' }).setLatLng(latLng).setContent('…').openOn(map);
  try {
    const [house, cases] = await Promise.all([
      getJson(`/api/houses/${encodeURIComponent(code)}`),
      withCases || opensCases ? getJson(`/api/cases?house=${encodeURIComponent(code)}&limit=10`).catch(() => null) : null,
    ]);
    // an element, not a string: popup.update() then keeps what was added to it (the 建档 form)
    const content = document.createElement('div');
    content.innerHTML = render(house.properties) + (cases ? renderCases(cases.items, withCases) : '');
    if (opensCases && cases) offerCaseOpening(content, popup, house.properties, cases.items, withCases);
    popup.setContent(content);
  } catch (e) {
    popup.setContent(escapeHtml(t('error.load', e.message)));
  }
}

/** 案件: the house's cases, open first, with state, next deadline and (`linked`) a link into the ledger. */
function renderCases(items, linked = true) {
  if (!items.length) return '';
  const rows = items.map((c) => {
    const deadline = c.deadline_on
      ? ` · <span class="${c.overdue ? 'overdue' : ''}">${escapeHtml(c.deadline_label ?? '')} ${escapeHtml(c.deadline_on)}${c.overdue ? ` ${escapeHtml(t('case.overdue'))}` : ''}</span>`
      : '';
    const number = escapeHtml(t('case.number', c.id));
    return `<li>${linked ? `<a class="case-link" href="/cases.html?case=${encodeURIComponent(c.id)}">${number}</a>` : number}`
      + ` ${escapeHtml(c.state_label)}${deadline}</li>`;
  }).join('');
  return `<h4>${escapeHtml(t('popup.cases'))}</h4><ul class="popup-cases">${rows}</ul>`;
}

// ---- 建档 from the popup (issue 16) ----------------------------------------------------------------

const ENDED = ['WITHDRAWN', 'REJECTED'];

/**
 * Whether a case may be opened for the house here: C/D or not yet graded (the county then assesses
 * it within a week), standing, a household of the six categories living in it, and no case of the
 * house still open or closed (a closed one is re-opened in the ledger: 灾后重新纳入).
 */
export function qualifiesForCase(house, cases) {
  const target = (house.households ?? []).some((h) => h.lives_here && h.categories.length);
  return ['C', 'D', 'UNASSESSED'].includes(house.grade) && house.occupancy !== 'DEMOLISHED' && target
    && cases.every((c) => ENDED.includes(c.state));
}

/** The 建档 button under the popup, its small form (day found, note) and the case it opened. */
function offerCaseOpening(root, popup, house, cases, linked) {
  if (!qualifiesForCase(house, cases)) return;
  const now = new Date();
  const today = [now.getFullYear(), now.getMonth() + 1, now.getDate()].map((n) => String(n).padStart(2, '0')).join('-');
  const dangerous = ['C', 'D'].includes(house.grade);
  root.insertAdjacentHTML('beforeend', `<div class="open-case">
    <button type="button" class="open-case-button">${escapeHtml(t('openCase.button'))}</button>
    <form class="open-case-form" hidden>
      <p class="hint">${escapeHtml(t(dangerous ? 'openCase.assessed' : 'openCase.discovered'))}</p>
      <label>${escapeHtml(t('openCase.day'))} <input type="date" name="discovered_on" value="${today}" max="${today}" required></label>
      <label>${escapeHtml(t('openCase.note'))} <input type="text" name="note" maxlength="2000"
        placeholder="${escapeHtml(t('openCase.notePlaceholder'))}"></label>
      <button type="submit">${escapeHtml(t('openCase.confirm'))}</button>
      <button type="button" class="cancel">${escapeHtml(t('openCase.cancel'))}</button>
      <p class="error" role="alert" hidden></p>
    </form></div>`);
  const box = root.querySelector('.open-case');
  const form = box.querySelector('form');
  const button = box.querySelector('.open-case-button');
  button.addEventListener('click', () => { form.hidden = false; button.hidden = true; popup.update(); });
  form.querySelector('.cancel').addEventListener('click', () => { form.hidden = true; button.hidden = false; popup.update(); });
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    const error = form.querySelector('.error');
    const submit = form.querySelector('button[type="submit"]');
    submit.disabled = true;
    const note = form.elements.note.value.trim();
    const response = await send('/api/cases', {
      method: 'POST', headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ house: house.code, discovered_on: form.elements.discovered_on.value, ...(note ? { note } : {}) }),
    });
    if (!response.ok) {
      error.textContent = await problemText(response);
      error.hidden = false;
      submit.disabled = false;
      popup.update();
      return;
    }
    const opened = await response.json();
    const number = escapeHtml(t('case.number', opened.id));
    box.outerHTML = `<p class="ok opened-case" data-case="${escapeHtml(opened.id)}">${escapeHtml(t('openCase.done'))} `
      + `${linked ? `<a class="case-link" href="/cases.html?case=${encodeURIComponent(opened.id)}">${number}</a>` : number}`
      + ` · ${escapeHtml(opened.state_label ?? '')}${opened.deadline_on ? ` · ${escapeHtml(opened.deadline_label ?? '')} ${escapeHtml(opened.deadline_on)}` : ''}</p>`;
    popup.update();
  });
}

/** "2020年 选址新建 3.5万元" — in English "2020 new building on a new site, 35,000 yuan". */
export function renovationLine(r) {
  const words = [t('popup.renovationYear', r.renovated_year), t(`method.${r.method}`)].join(' ');
  const subsidy = formatYuan(r.subsidy_yuan);
  return subsidy ? `${words}${t('popup.renovationSubsidy', subsidy)}` : words;
}

function render(p) {
  const grade = `<span class="grade-${escapeHtml(p.grade)}">${escapeHtml(t(`grade.${p.grade}`))}</span>`;
  const households = (p.households ?? []).map((h) => `<li>${escapeHtml(h.head_name)} · ${escapeHtml(h.members)}${escapeHtml(t('popup.members'))}`
    + ` · ${escapeHtml(h.id_number ?? '')} · ${escapeHtml(h.phone ?? '')}`
    + (h.categories.length ? ` · ${h.categories.map((c) => escapeHtml(t(`category.${c}`))).join('、')}` : '')
    + ` (${[h.lives_here ? t('popup.livesHere') : null, h.owns ? t('popup.owns') : null].filter(Boolean).map(escapeHtml).join('/')})</li>`).join('');
  const history = (p.assessments ?? []).map((a) => `<li>${escapeHtml(a.assessed_on)} ${escapeHtml(t(`grade.${a.grade}`))} ${escapeHtml(a.assessor ?? '')}</li>`).join('');
  const renovations = (p.renovations ?? []).map((r) => `<li>${escapeHtml(renovationLine(r))}</li>`).join('');
  return `<h3>${escapeHtml(p.address ?? p.code)}</h3><table>`
    + row(t('popup.code'), escapeHtml(p.code))
    + row(t('popup.village'), `${escapeHtml(p.township_name ?? '')} ${escapeHtml(p.village_name)}`)
    + row(t('popup.grade'), grade)
    + row(t('popup.assessed'), escapeHtml(p.assessed_on ?? '—'))
    + row(t('popup.occupancy'), escapeHtml(t(`occupancy.${p.occupancy}`)))
    + row(t('popup.structure'), escapeHtml(t(`structure.${p.structure}`)))
    + row(t('popup.built'), escapeHtml(p.year_built ?? '—'))
    + row(t('popup.storeys'), escapeHtml(p.storeys ?? '—'))
    + row(t('popup.area'), escapeHtml(p.floor_area ?? '—'))
    + row(t('popup.inspected'), escapeHtml(p.last_inspected_on ?? '—'))
    + '</table>'
    + `<h4>${escapeHtml(t('popup.households'))}</h4><ul>${households || `<li>${escapeHtml(t('popup.none'))}</li>`}</ul>`
    + `<h4>${escapeHtml(t('popup.history'))}</h4><ul>${history || `<li>${escapeHtml(t('popup.none'))}</li>`}</ul>`
    + (renovations ? `<h4>${escapeHtml(t('popup.renovations'))}</h4><ul>${renovations}</ul>` : '');
}

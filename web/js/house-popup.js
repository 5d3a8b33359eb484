import { getJson, escapeHtml } from './api.js';
import { t, formatYuan } from './i18n.js';

const row = (label, value) => `<tr><th>${escapeHtml(label)}</th><td>${value}</td></tr>`;

/**
 * Opens a popup with the facts of one house, its households (masked by the server) and history;
 * with `withCases` (county staff) also its cases in the ledger, each linked to the ledger page.
 */
export async function openHousePopup(map, code, latLng, { withCases = false } = {}) {
  const popup = L.popup({ maxWidth: 360, className: 'house-popup' }).setLatLng(latLng).setContent('…').openOn(map);
  try {
    const [house, cases] = await Promise.all([
      getJson(`/api/houses/${encodeURIComponent(code)}`),
      withCases ? getJson(`/api/cases?house=${encodeURIComponent(code)}&limit=10`).catch(() => null) : null,
    ]);
    popup.setContent(render(house.properties) + (cases ? renderCases(cases.items) : ''));
  } catch (e) {
    popup.setContent(escapeHtml(t('error.load', e.message)));
  }
}

/** 案件: the house's cases, open first, with state, next deadline and a link into the ledger. */
function renderCases(items) {
  if (!items.length) return '';
  const rows = items.map((c) => {
    const deadline = c.deadline_on
      ? ` · <span class="${c.overdue ? 'overdue' : ''}">${escapeHtml(c.deadline_label ?? '')} ${escapeHtml(c.deadline_on)}${c.overdue ? ` ${escapeHtml(t('case.overdue'))}` : ''}</span>`
      : '';
    return `<li><a class="case-link" href="/cases.html?case=${encodeURIComponent(c.id)}">${escapeHtml(t('case.number', c.id))}</a>`
      + ` ${escapeHtml(c.state_label)}${deadline}</li>`;
  }).join('');
  return `<h4>${escapeHtml(t('popup.cases'))}</h4><ul class="popup-cases">${rows}</ul>`;
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

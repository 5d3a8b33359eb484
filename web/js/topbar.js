import { t, translatePage, language, setLanguage } from './i18n.js';
import { getJson, escapeHtml, csrfHeaders } from './api.js';

const COUNTY = ['COUNTY_ADMIN', 'COUNTY_STAFF'];
const EDITORS = ['COUNTY_ADMIN', 'COUNTY_STAFF', 'TOWNSHIP_STAFF', 'VILLAGE_INSPECTOR'];

/** The pages of Anju, in the order of the header, with the roles that may open them (none: everyone). */
const PAGES = [
  { id: 'map', href: '/', label: 'nav.map' },
  { id: 'cases', href: '/cases.html', label: 'nav.cases', roles: COUNTY },
  { id: 'dashboard', href: '/dashboard.html', label: 'nav.dashboard', roles: COUNTY },
  // issue 18: the problem ledger (整改台账) — registered, rectified and applied for closing at every level, closed by the county
  { id: 'problems', href: '/problems.html', label: 'nav.problems', roles: EDITORS },
  // issue 16: inspection campaigns — created, assigned and closed by the county, followed by townships
  { id: 'campaigns', href: '/campaigns.html', label: 'nav.campaigns', roles: [...COUNTY, 'TOWNSHIP_STAFF'] },
  { id: 'field', href: '/field.html', label: 'nav.field', roles: EDITORS },
  // emergency teams import disaster footprints (the import page offers them that layer only)
  { id: 'import', href: '/import.html', label: 'nav.import', roles: [...COUNTY, 'EMERGENCY_TEAM'] },
  // issue 16 (admin): disaster events for everyone (archiving: county staff), accounts for the administrator
  { id: 'events', href: '/events.html', label: 'nav.events' },
  { id: 'accounts', href: '/accounts.html', label: 'nav.accounts', roles: ['COUNTY_ADMIN'] },
];

/**
 * The header every page shares: page links the account may use (the current one marked), who is
 * logged in, log out, and the language switch. Translates the page's data-i18n elements first.
 * Resolves to the account ({@code /api/me}).
 */
export async function setUpTopbar(current) {
  translatePage();
  const languageButton = document.getElementById('language');
  languageButton.textContent = t('language.switch');
  languageButton.addEventListener('click', () => {
    setLanguage(language() === 'en' ? 'zh-CN' : 'en');
    location.reload();
  });
  const me = await getJson('/api/me');
  const user = document.getElementById('user');
  user.textContent = t('topbar.user', me.display_name, me.username, t(`role.${me.role}`));
  user.title = t(`role.${me.role}`);
  document.getElementById('logout-csrf').value = csrfHeaders()['X-XSRF-TOKEN'] ?? '';
  const nav = document.getElementById('pages');
  if (nav) {
    nav.innerHTML = PAGES.filter((p) => !p.roles || p.roles.includes(me.role)).map((p) => `<a href="${p.href}"`
      + `${p.id === current ? ' aria-current="page"' : ''}>${escapeHtml(t(p.label))}</a>`).join('');
  }
  return me;
}

/** Whether the account works the case ledger (county staff). */
export function worksCases(me) {
  return COUNTY.includes(me.role);
}

// issue 16: who opens cases (建档) and runs inspection campaigns from the screens
/** Whether the account opens a case for one house (county, township and village staff: casework.CaseRoles). */
export function opensCases(me) {
  return EDITORS.includes(me.role);
}

/** Whether the account creates, assigns and closes inspection campaigns (county staff). */
export function runsCampaigns(me) {
  return COUNTY.includes(me.role);
}

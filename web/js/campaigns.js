import { getJson, escapeHtml } from './api.js';
import { t, formatNumber } from './i18n.js';
import { setUpTopbar, runsCampaigns } from './topbar.js';
import { showCampaign } from './campaign-detail.js';
import { showCampaignForm } from './campaign-form.js';

function flatten(nodes, parent = null, out = []) {
  for (const n of nodes) {
    out.push({ code: n.code, name: n.name, level: n.level, parent_code: parent });
    flatten(n.children ?? [], n.code, out);
  }
  return out;
}

/** One campaign in the list: name, kind and area, dates, done / tasks, overdue or closed. */
function item(c, selected) {
  const share = c.tasks ? Math.round((100 * c.done) / c.tasks) : 0;
  const badges = (c.closed ? `<span class="badge closed">${escapeHtml(t('campaign.closedBadge'))}</span>` : '')
    + (c.overdue ? `<span class="badge late">${escapeHtml(t('campaign.overdue'))}</span>` : '');
  return `<li><button type="button" class="campaign-item${String(c.id) === String(selected) ? ' selected' : ''}" data-campaign="${escapeHtml(c.id)}">
    <span class="name">${escapeHtml(c.name)} ${badges}</span>
    <small>${escapeHtml(c.kind_label)} · ${escapeHtml(c.area_name ?? c.area_code)} · ${escapeHtml(c.started_on)}${c.due_on ? ` → ${escapeHtml(c.due_on)}` : ''}</small>
    <span class="bar"><progress max="${c.tasks || 1}" value="${c.done}"></progress>
      <span>${escapeHtml(t('campaign.doneOf', formatNumber(c.done), formatNumber(c.tasks)))} (${share}%)</span></span>
  </button></li>`;
}

/**
 * 排查活动: the campaigns (running ones by default) on the left, the chosen one — its progress by
 * village, assignments and closing — or the form of a new one on the right. County staff create,
 * assign and close; township staff follow the villages of their township. `?campaign=ID` opens one
 * (the emergency panel links here), `?new` the form.
 */
async function start() {
  const me = await setUpTopbar('campaigns');
  const runs = runsCampaigns(me);
  const areas = flatten(await getJson('/api/areas/tree'));
  const page = document.getElementById('campaigns');
  const detail = document.getElementById('detail-pane');
  const filter = document.getElementById('campaign-filter');
  const list = document.getElementById('campaign-list');
  const count = document.getElementById('campaign-count');
  const params = new URLSearchParams(location.search);
  let selected = params.get('campaign');
  filter.innerHTML = `<label>${escapeHtml(t('campaigns.state'))}<select name="state">
      <option value="OPEN">${escapeHtml(t('campaigns.open'))}</option><option value="CLOSED">${escapeHtml(t('campaigns.closed'))}</option>
      <option value="">${escapeHtml(t('filter.all'))}</option></select></label>`
    + (runs ? `<button type="button" class="primary" id="new-campaign">${escapeHtml(t('campaigns.new'))}</button>` : '');
  filter.elements.state.value = params.get('state') === 'ALL' ? '' : (params.get('state') ?? 'OPEN');

  function remember() {
    const search = new URLSearchParams();
    if (filter.elements.state.value !== 'OPEN') search.set('state', filter.elements.state.value || 'ALL');
    if (selected) search.set('campaign', selected);
    history.replaceState(null, '', `${location.pathname}${search.size ? `?${search}` : ''}`);
  }

  async function refresh() {
    const state = filter.elements.state.value;
    const campaigns = await getJson(`/api/inspections${state ? `?state=${state}` : ''}`);
    list.innerHTML = campaigns.map((c) => item(c, selected)).join('')
      || `<li class="muted">${escapeHtml(t('campaigns.none'))}</li>`;
    count.textContent = t('campaigns.count', formatNumber(campaigns.length));
    remember();
  }

  function open(id) {
    selected = String(id);
    page.classList.add('showing-case');
    list.querySelectorAll('.campaign-item').forEach((b) => b.classList.toggle('selected', b.dataset.campaign === selected));
    remember();
    // a campaign just closed stays in view: the list shows every campaign then
    const onChanged = ({ closed } = {}) => {
      if (closed && filter.elements.state.value === 'OPEN') filter.elements.state.value = '';
      return refresh();
    };
    return showCampaign(detail, id, { runs, onChanged, onClose: back });
  }

  function back() {
    selected = null;
    page.classList.remove('showing-case');
    list.querySelectorAll('.campaign-item.selected').forEach((b) => b.classList.remove('selected'));
    remember();
    detail.innerHTML = `<p class="muted choose">${escapeHtml(t(runs ? 'campaigns.chooseOrCreate' : 'campaigns.choose'))}</p>`;
  }

  function newCampaign() {
    selected = null;
    page.classList.add('showing-case');
    remember();
    return showCampaignForm(detail, { areas, onCreated: async (id) => { await refresh(); await open(id); }, onClose: back });
  }

  filter.addEventListener('change', () => refresh());
  filter.addEventListener('click', (e) => { if (e.target.id === 'new-campaign') newCampaign(); });
  list.addEventListener('click', (e) => {
    const button = e.target.closest('.campaign-item');
    if (button) open(button.dataset.campaign);
  });

  await refresh();
  if (selected) await open(selected);
  else if (runs && params.has('new')) await newCampaign();
  else back();
  page.dataset.ready = 'true';
}

start().catch((e) => {
  document.getElementById('campaign-count').textContent = t('error.load', e.message);
});

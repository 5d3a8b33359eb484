import { getJson, escapeHtml } from './api.js';
import { t, language } from './i18n.js';
import { setUpTopbar, runsCampaigns } from './topbar.js';
import { createProblemList } from './problem-list.js';
import { showProblem } from './problem-detail.js';
import { createProblemForm, createFindingImport } from './problem-form.js';

function flatten(nodes, parent = null, out = []) {
  for (const n of nodes) {
    out.push({ code: n.code, name: n.name, level: n.level, parent_code: parent });
    flatten(n.children ?? [], n.code, out);
  }
  return out;
}

/**
 * 整改台账: the problems on the left, the chosen one on the right (on a phone one after the other);
 * above the list: register a problem, import a finding list (county), download the 整改台账 of the list's
 * filters. `?problem=ID` opens a problem, as the map's points link.
 */
async function start() {
  const me = await setUpTopbar('problems');
  const [labels, tree] = await Promise.all([getJson('/api/problems/labels'), getJson('/api/areas/tree')]);
  const areas = flatten(tree);
  const ledger = document.getElementById('ledger');
  const detail = document.getElementById('detail-pane');
  const tools = document.getElementById('problem-tools');
  tools.innerHTML = '<div id="problem-register"></div><div id="problem-import"></div><p class="download"><a id="problem-download" href="#"></a></p>';
  const list = createProblemList({
    form: document.getElementById('problem-filter'), rows: document.getElementById('problem-rows'),
    count: document.getElementById('list-count'), pager: document.getElementById('pager'),
  }, { labels, areas, onSelect: open });
  createProblemForm(document.getElementById('problem-register'), {
    labels, areas, onRegistered: async (p) => { await list.refresh(); list.select(p.id); open(p.id); },
  });
  // finding lists of audits and assessments come to the county, which imports them
  if (runsCampaigns(me)) createFindingImport(document.getElementById('problem-import'), { labels, onImported: () => list.refresh() });
  const download = document.getElementById('problem-download');
  download.textContent = t('problems.download');
  const linkDownload = () => { download.href = `/api/problems/ledger.xlsx?${list.query()}&lang=${language()}`; };
  document.getElementById('problem-filter').addEventListener('change', linkDownload);
  linkDownload();

  function open(id) {
    ledger.classList.add('showing-case');
    showProblem(detail, id, {
      labels,
      onChanged: () => list.refresh(),
      onClose: () => {
        ledger.classList.remove('showing-case');
        list.select(null);
        hint();
      },
    });
  }

  function hint() {
    detail.hidden = false;
    detail.innerHTML = `<p class="muted choose">${escapeHtml(t('problems.choose'))}</p>`;
  }

  await list.refresh();
  if (list.selected()) open(list.selected());
  else hint();
  ledger.dataset.ready = 'true';
}

start().catch((e) => {
  document.getElementById('list-count').textContent = t('error.load', e.message);
});

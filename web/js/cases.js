import { getJson, escapeHtml } from './api.js';
import { t } from './i18n.js';
import { setUpTopbar, worksCases } from './topbar.js';
import { caseLabels } from './case-labels.js';
import { createCaseList } from './case-list.js';
import { showCase } from './case-detail.js';
import { createBulkOpening } from './case-opening.js';

/** Administrative areas as a flat list with parent codes (for the township and village filters). */
function flatten(nodes, parent = null, out = []) {
  for (const n of nodes) {
    out.push({ code: n.code, name: n.name, level: n.level, parent_code: parent });
    flatten(n.children ?? [], n.code, out);
  }
  return out;
}

/**
 * 案件台账: the list of cases on the left, the chosen case on the right (on a phone one after the
 * other). `?case=ID` opens a case, as the map's house popup links do.
 */
async function start() {
  const me = await setUpTopbar('cases');
  const [labels, tree, deadlines] = await Promise.all([
    caseLabels(), getJson('/api/areas/tree'), getJson('/api/cases/deadlines?limit=1'),
  ]);
  const ledger = document.getElementById('ledger');
  const detail = document.getElementById('detail-pane');
  const list = createCaseList({
    form: document.getElementById('case-filter'), rows: document.getElementById('case-rows'),
    count: document.getElementById('list-count'), pager: document.getElementById('pager'),
  }, { labels, areas: flatten(tree), dueSoonDays: deadlines.due_within_days, onSelect: open });
  // 批量建档: the county opens the missing cases of an area, then sees them in the list
  if (worksCases(me)) {
    createBulkOpening(document.getElementById('bulk-open-box'), {
      areas: flatten(tree), onOpened: (area) => list.showOpenCasesOf(area),
    });
  }

  function open(id) {
    ledger.classList.add('showing-case');
    showCase(detail, id, {
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
    detail.innerHTML = `<p class="muted choose">${escapeHtml(t('ledger.choose'))}</p>`;
  }

  await list.refresh();
  if (list.selected()) open(list.selected());
  else hint();
  ledger.dataset.ready = 'true';
}

start().catch((e) => {
  document.getElementById('list-count').textContent = t('error.load', e.message);
});

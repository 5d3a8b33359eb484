import { t } from './i18n.js';
import { escapeHtml } from './api.js';

const GRADES = ['A', 'B', 'C', 'D', 'UNASSESSED'];
const OCCUPANCY = ['OCCUPIED', 'SEASONAL', 'VACANT', 'MOVED_OUT', 'DEMOLISHED'];
const STRUCTURES = ['EARTH_WOOD', 'BRICK_WOOD', 'BRICK_CONCRETE', 'STONE', 'FRAME', 'CAVE', 'OTHER'];
const CATEGORIES = ['POVERTY_ALLEVIATED', 'MONITORED', 'MINIMUM_LIVING', 'EXTREME_POVERTY', 'SEVERE_HARDSHIP', 'NEAR_MINIMUM'];
const FLAGS = ['DISABLED_MEMBER', 'MILITARY_FAMILY', 'VETERAN', 'ELDERLY_ALONE'];

const checks = (name, values, label) => values.map((v) => `<label class="check"><input type="checkbox" name="${name}" value="${v}">`
  + `${escapeHtml(t(label(v)))}</label>`).join('');

/**
 * 筛选: grade, occupancy, structure, household category, priority flags, township and village. The
 * filter is the query string of /api/houses (and of the tiles); onChange(query) after every change.
 * Quick presets answer the daily questions ("occupied C/D", "target households in C/D").
 */
export function createFilterPanel(element, areas, onChange) {
  const townships = areas.filter((a) => a.level === 'TOWNSHIP');
  element.innerHTML = `<h2>${escapeHtml(t('filter.title'))}</h2>
    <div class="buttons presets">
      <button type="button" data-preset="grade=C,D&occupancy=OCCUPIED,SEASONAL">${escapeHtml(t('filter.presetOccupiedDanger'))}</button>
      <button type="button" data-preset="grade=C,D&target_household=true">${escapeHtml(t('filter.presetTargetDanger'))}</button>
      <button type="button" data-preset="">${escapeHtml(t('filter.reset'))}</button>
    </div>
    <form id="filter-form">
      <fieldset><legend>${escapeHtml(t('popup.grade'))}</legend>${checks('grade', GRADES, (v) => `grade.${v}`)}</fieldset>
      <fieldset><legend>${escapeHtml(t('popup.occupancy'))}</legend>${checks('occupancy', OCCUPANCY, (v) => `occupancy.${v}`)}</fieldset>
      <details><summary>${escapeHtml(t('filter.more'))}</summary>
        <fieldset><legend>${escapeHtml(t('popup.structure'))}</legend>${checks('structure', STRUCTURES, (v) => `structure.${v}`)}</fieldset>
        <fieldset><legend>${escapeHtml(t('filter.category'))}</legend>
          <label class="check"><input type="checkbox" name="target_household" value="true">${escapeHtml(t('filter.anyCategory'))}</label>
          ${checks('category', CATEGORIES, (v) => `category.${v}`)}</fieldset>
        <fieldset><legend>${escapeHtml(t('filter.priority'))}</legend>${checks('priority', FLAGS, (v) => `flag.${v}`)}</fieldset>
      </details>
      <label>${escapeHtml(t('filter.township'))}<select name="township"><option value="">${escapeHtml(t('filter.all'))}</option>
        ${townships.map((a) => `<option value="${escapeHtml(a.code)}">${escapeHtml(a.name)}</option>`).join('')}</select></label>
      <label>${escapeHtml(t('filter.village'))}<select name="village"><option value="">${escapeHtml(t('filter.all'))}</option></select></label>
    </form>`;
  const form = element.querySelector('#filter-form');
  const villageSelect = form.elements.village;

  function fillVillages() {
    const township = form.elements.township.value;
    const villages = areas.filter((a) => a.level === 'VILLAGE' && (!township || a.parent_code === township));
    villageSelect.innerHTML = `<option value="">${escapeHtml(t('filter.all'))}</option>`
      + villages.map((a) => `<option value="${escapeHtml(a.code)}">${escapeHtml(a.name)}</option>`).join('');
  }

  function query() {
    const params = new URLSearchParams();
    for (const name of ['grade', 'occupancy', 'structure', 'category', 'priority']) {
      const values = [...form.querySelectorAll(`input[name="${name}"]:checked`)].map((i) => i.value);
      if (values.length) params.set(name, values.join(','));
    }
    if (form.querySelector('input[name="target_household"]').checked) params.set('target_household', 'true');
    if (villageSelect.value) params.set('village', villageSelect.value);
    else if (form.elements.township.value) params.set('township', form.elements.township.value);
    return params.toString().replace(/%2C/g, ',');
  }

  function apply(preset) {
    const params = new URLSearchParams(preset);
    form.querySelectorAll('input[type="checkbox"]').forEach((box) => {
      box.checked = (params.get(box.name) ?? '').split(',').includes(box.value);
    });
    form.elements.township.value = '';
    fillVillages();
    onChange(query());
  }

  form.addEventListener('change', (e) => {
    if (e.target.name === 'township') fillVillages();
    onChange(query());
  });
  element.querySelectorAll('[data-preset]').forEach((b) => b.addEventListener('click', () => apply(b.dataset.preset)));
  fillVillages();
  return { query, selectTownship(code) { form.elements.township.value = code; fillVillages(); onChange(query()); } };
}

import { getJson, escapeHtml, send, problemText } from './api.js';
import { t, colon } from './i18n.js';
import { setUpTopbar } from './topbar.js';

/** The roles in the order the administrator meets them: the township and village accounts first. */
const ROLES = ['TOWNSHIP_STAFF', 'VILLAGE_INSPECTOR', 'COUNTY_STAFF', 'EMERGENCY_TEAM', 'PLANNER', 'COUNTY_ADMIN'];

const option = (value, label) => `<option value="${escapeHtml(value)}">${escapeHtml(label)}</option>`;

/** "2026-12-07T08:15:30" as "2026-12-07 08:15". */
const minutes = (at) => (at ? at.replace('T', ' ').slice(0, 16) : '');

/**
 * 账户管理, for the county administrator: every account with its role and jurisdiction in words,
 * whether it may log in and when it last did; a new township or village account with its area picked
 * from the area tree; a password reset (the server's password policy says why a password is refused);
 * changing an account's role and area (its open sessions end; the server refuses to change the
 * administrator's own role); disabling and enabling (the server refuses to disable the administrator's
 * own account or the last county administrator, and the page shows its reason).
 */
async function start() {
  const me = await setUpTopbar('accounts');
  const tree = await getJson('/api/areas/tree');
  const townships = tree.flatMap((county) => county.children ?? []).filter((a) => a.level === 'TOWNSHIP');
  const rows = document.getElementById('account-rows');
  const message = document.getElementById('account-message');
  const say = (text, ok = true) => {
    message.textContent = text;
    message.className = `message ${ok ? 'ok' : 'error'}`;
  };

  function jurisdiction(a) {
    if (!a.jurisdiction_code) return `<span class="muted">${escapeHtml(t('accounts.everyArea'))}</span>`;
    const name = [a.jurisdiction_parent_name, a.jurisdiction_name].filter(Boolean).join(' ');
    return `${escapeHtml(name || a.jurisdiction_code)}<small>${escapeHtml(a.jurisdiction_code)}</small>`;
  }

  function row(a) {
    const self = a.username === me.username;
    const toggle = a.enabled
      ? `<button type="button" data-act="disable"${self ? ` disabled title="${escapeHtml(t('accounts.self'))}"` : ''}>${escapeHtml(t('accounts.disable'))}</button>`
      : `<button type="button" data-act="enable" class="primary">${escapeHtml(t('accounts.enable'))}</button>`;
    return `<tr data-account="${escapeHtml(a.username)}" class="${a.enabled ? '' : 'is-disabled'}">
      <td>${escapeHtml(a.username)}</td><td>${escapeHtml(a.display_name)}</td>
      <td>${escapeHtml(a.role_label ?? t(`accounts.roleName.${a.role}`))}</td><td>${jurisdiction(a)}</td>
      <td><span class="state ${a.enabled ? 'state-CLOSED' : 'state-WITHDRAWN'}">${escapeHtml(t(a.enabled ? 'accounts.enabled' : 'accounts.disabled'))}</span></td>
      <td>${a.last_login_at ? escapeHtml(minutes(a.last_login_at)) : `<span class="muted">${escapeHtml(t('accounts.never'))}</span>`}</td>
      <td class="row-actions"><button type="button" data-act="change">${escapeHtml(t('accounts.change'))}</button> <button type="button" data-act="password">${escapeHtml(t('accounts.resetPassword'))}</button> ${toggle}</td></tr>`;
  }

  let accounts = [];
  async function load() {
    accounts = await getJson('/api/accounts');
    rows.innerHTML = accounts.map(row).join('');
    const disabled = accounts.filter((a) => !a.enabled).length;
    document.getElementById('account-count').textContent = t('accounts.count', accounts.length, disabled);
    document.getElementById('accounts').dataset.accounts = String(accounts.length);
  }

  /** A password form under the account's row; the server's policy refusal is shown as it gives it. */
  function passwordForm(tr) {
    document.querySelectorAll('tr.password-row').forEach((r) => r.remove());
    const name = tr.dataset.account;
    tr.insertAdjacentHTML('afterend', `<tr class="password-row"><td colspan="7"><form class="inline-form">
      <label>${escapeHtml(t('accounts.newPassword', name))} <input type="password" name="password" autocomplete="new-password" required minlength="10"></label>
      <button type="submit" class="primary">${escapeHtml(t('accounts.save'))}</button>
      <button type="button" data-act="cancel">${escapeHtml(t('accounts.cancel'))}</button>
      <span class="hint">${escapeHtml(t('accounts.passwordHint'))}</span>
      <p class="error" role="alert" hidden></p></form></td></tr>`);
    const form = tr.nextElementSibling.querySelector('form');
    form.password.focus();
    form.querySelector('[data-act="cancel"]').addEventListener('click', () => form.closest('tr').remove());
    form.addEventListener('submit', async (e) => {
      e.preventDefault();
      const response = await send(`/api/accounts/${encodeURIComponent(name)}/password`, {
        method: 'PUT', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ password: form.password.value }),
      });
      if (!response.ok) {
        const error = form.querySelector('.error');
        error.textContent = await problemText(response);
        error.hidden = false;
        return;
      }
      form.closest('tr').remove();
      say(t('accounts.passwordReset', name));
    });
  }

  /** A role and area form under the account's row, filled with what the account has now. */
  function changeForm(tr, account) {
    document.querySelectorAll('tr.password-row').forEach((r) => r.remove());
    tr.insertAdjacentHTML('afterend', `<tr class="password-row"><td colspan="7"><form class="inline-form change-form">
      <label>${escapeHtml(t('accounts.displayName'))} <input name="display_name" required maxlength="100"></label>
      ${roleAndAreaFields()}
      <button type="submit" class="primary">${escapeHtml(t('accounts.save'))}</button>
      <button type="button" data-act="cancel">${escapeHtml(t('accounts.cancel'))}</button>
      <span class="hint">${escapeHtml(t('accounts.changeHint'))}</span>
      <p class="error" role="alert" hidden></p></form></td></tr>`);
    const form = tr.nextElementSibling.querySelector('form');
    form.elements.display_name.value = account.display_name;
    const picker = roleAndArea(form, townships, tree[0]);
    picker.set(account);
    form.querySelector('[data-act="cancel"]').addEventListener('click', () => form.closest('tr').remove());
    form.addEventListener('submit', async (e) => {
      e.preventDefault();
      const chosen = picker.chosen();
      const response = await send(`/api/accounts/${encodeURIComponent(account.username)}`, {
        method: 'PUT', headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ display_name: form.elements.display_name.value.trim(), ...chosen.body }),
      });
      if (!response.ok) {
        const error = form.querySelector('.error');
        error.textContent = await problemText(response);
        error.hidden = false;
        return;
      }
      form.closest('tr').remove();
      say(t('accounts.changed', account.username, t(`accounts.roleName.${chosen.body.role}`), chosen.area));
      await load();
    });
  }

  async function setEnabled(name, enabled) {
    const response = await send(`/api/accounts/${encodeURIComponent(name)}/enabled`, {
      method: 'PUT', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ enabled }),
    });
    if (!response.ok) {
      say(t('accounts.failed', await problemText(response)), false);
      return;
    }
    say(t(enabled ? 'accounts.enabledDone' : 'accounts.disabledDone', name));
    await load();
  }

  rows.addEventListener('click', (e) => {
    const button = e.target.closest('button[data-act]');
    const tr = button?.closest('tr[data-account]');
    if (!tr) return;
    if (button.dataset.act === 'password') passwordForm(tr);
    else if (button.dataset.act === 'change') changeForm(tr, accounts.find((a) => a.username === tr.dataset.account));
    else if (button.dataset.act === 'disable') setEnabled(tr.dataset.account, false);
    else if (button.dataset.act === 'enable') setEnabled(tr.dataset.account, true);
  });

  createForm(document.getElementById('account-form'), townships, tree, async (created) => {
    say(t('accounts.created', created.username, t(`accounts.roleName.${created.role}`), created.area));
    await load();
  });
  await load();
  document.getElementById('accounts').dataset.ready = 'true';
}

/** The role select and the area selects the role needs, for the new-account and the change forms. */
const roleAndAreaFields = () => `
    <label>${escapeHtml(t('accounts.role'))} <select name="role">${ROLES.map((r) => option(r, t(`accounts.roleName.${r}`))).join('')}</select></label>
    <p class="hint role-hint"></p>
    <label class="township">${escapeHtml(t('accounts.township'))} <select name="township"></select></label>
    <label class="village">${escapeHtml(t('accounts.village'))} <select name="village"></select></label>`;

/**
 * The jurisdiction a role needs, picked from the area tree: a township for township staff, a township
 * and one of its villages for a village inspector, the whole county or a township for the other roles.
 * {@code chosen()} gives the request's {role, jurisdiction_code?} and the area's name.
 */
function roleAndArea(form, townships, county) {
  const { role, township, village } = form.elements;
  function fillAreas() {
    const needsArea = role.value === 'TOWNSHIP_STAFF' || role.value === 'VILLAGE_INSPECTOR';
    const kept = township.value;
    township.innerHTML = (needsArea ? option('', t('accounts.chooseTownship'))
      : option(county ? county.code : '', t('accounts.wholeCounty', county?.name ?? '')))
      + townships.map((a) => option(a.code, a.name)).join('');
    if ([...township.options].some((o) => o.value === kept)) township.value = kept;
    fillVillages();
    form.querySelector('.role-hint').textContent = t(`accounts.roleHint.${role.value}`);
  }
  function fillVillages() {
    const chosen = townships.find((a) => a.code === township.value);
    village.innerHTML = option('', t('accounts.chooseVillage'))
      + (chosen?.children ?? []).map((a) => option(a.code, a.name)).join('');
    form.querySelector('label.village').hidden = role.value !== 'VILLAGE_INSPECTOR';
  }
  role.addEventListener('change', fillAreas);
  township.addEventListener('change', fillVillages);
  fillAreas();
  return {
    reset: fillAreas,
    /** Shows an account's role and area. */
    set(account) {
      role.value = account.role;
      fillAreas();
      const code = account.jurisdiction_code;
      const inTownship = townships.find((a) => a.code === code || (a.children ?? []).some((v) => v.code === code));
      if (inTownship) township.value = inTownship.code;
      fillVillages();
      if (inTownship && inTownship.code !== code) village.value = code;
    },
    chosen() {
      const area = role.value === 'VILLAGE_INSPECTOR' ? village : township;
      const body = { role: role.value };
      // the whole county for a county role is "every area": no jurisdiction, like the first administrator
      if (area.value && !(area === township && area.value === county?.code)) body.jurisdiction_code = area.value;
      return { body, area: body.jurisdiction_code ? area.selectedOptions[0].textContent : t('accounts.everyArea') };
    },
  };
}

/** The new-account form: user name, name, role, the jurisdiction the role needs, and the first password. */
function createForm(form, townships, tree, onCreated) {
  form.innerHTML = `
    <label>${escapeHtml(t('accounts.username'))} <input name="username" required maxlength="50" autocomplete="off"></label>
    <label>${escapeHtml(t('accounts.displayName'))} <input name="display_name" required maxlength="100"
      placeholder="${escapeHtml(t('accounts.displayNamePlaceholder'))}"></label>
    ${roleAndAreaFields()}
    <label>${escapeHtml(t('accounts.password'))} <input name="password" type="password" required minlength="10" autocomplete="new-password"></label>
    <p class="hint">${escapeHtml(t('accounts.passwordHint'))}</p>
    <div class="buttons"><button type="submit" class="primary">${escapeHtml(t('accounts.submit'))}</button></div>
    <p class="error" id="create-error" role="alert" hidden></p>`;
  const picker = roleAndArea(form, townships, tree[0]);

  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    const error = form.querySelector('#create-error');
    error.hidden = true;
    const chosen = picker.chosen();
    const body = {
      username: form.elements.username.value.trim(), display_name: form.elements.display_name.value.trim(),
      password: form.elements.password.value, ...chosen.body,
    };
    const response = await send('/api/accounts', {
      method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body),
    });
    if (!response.ok) {
      error.textContent = await problemText(response);
      error.hidden = false;
      return;
    }
    const created = await response.json();
    form.reset();
    picker.reset();
    await onCreated({ ...created, area: chosen.area });
  });
}

start().catch((e) => {
  const message = document.getElementById('account-message');
  message.textContent = t('error.load', e.message);
  message.className = 'message error';
});

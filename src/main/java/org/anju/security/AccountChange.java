package org.anju.security;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.anju.audit.AuditLog;
import org.anju.system.FieldProblem;
import org.anju.system.InvalidInputException;
import org.anju.system.NotFoundException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Changing an account's name shown, role and jurisdiction (a township officer moves to another
 * township, an inspector becomes township staff). The account's open sessions end at their next
 * request, so that nobody goes on working with the old role or area ({@link EnabledAccountSessions});
 * its history (audit log, assignments, results) keeps its user name. Two rules keep the county
 * administrable, as for disabling ({@link AccountEnabling}): an administrator cannot change his own
 * role (422), and the last enabled county administrator cannot be given another role (409); the
 * administrators' rows are locked first, in the same order, so that two such changes queue.
 *
 * <p>Accounts are not deleted: the audit log, case steps, assignments and results name the account
 * that acted, and a county must be able to say who that was. An account that should no longer be used
 * is disabled.
 */
@Service
class AccountChange {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final NamedParameterJdbcTemplate jdbc;
    private final AccountList list;
    private final AuditLog audit;
    private final Jurisdiction jurisdiction;

    AccountChange(NamedParameterJdbcTemplate jdbc, AccountList list, AuditLog audit, Jurisdiction jurisdiction) {
        this.jdbc = jdbc;
        this.list = list;
        this.audit = audit;
        this.jurisdiction = jurisdiction;
    }

    /**
     * Sets display name, role and jurisdiction of {@code username} (already checked to fit,
     * {@link RoleJurisdictionFit}); the account as it is afterwards. Audited ({@code ACCOUNT_CHANGE},
     * before and after) when something changes; setting what already holds changes nothing, writes no
     * entry and ends no session.
     *
     * @throws NotFoundException when there is no such account (404)
     */
    @Transactional
    AccountRow change(String username, String displayName, Role role, String jurisdictionCode) {
        List<Map<String, Object>> administrators = jdbc.queryForList(AccountSql.LOCK_ADMINISTRATORS, Map.of());
        MapSqlParameterSource params = new MapSqlParameterSource("username", username);
        List<Map<String, Object>> found = jdbc.queryForList(AccountSql.LOCK_FOR_CHANGE, params);
        if (found.isEmpty()) {
            throw new NotFoundException("account", username);
        }
        Map<String, Object> before = state(String.valueOf(found.get(0).get("display_name")),
                Role.valueOf(String.valueOf(found.get(0).get("role"))), (String) found.get(0).get("jurisdiction_code"));
        Map<String, Object> after = state(displayName, role, jurisdictionCode);
        if (before.equals(after)) {
            return list.one(username).orElseThrow();
        }
        boolean wasAdministrator = Role.COUNTY_ADMIN.name().equals(before.get("role"));
        if (wasAdministrator && role != Role.COUNTY_ADMIN) {
            if (jurisdiction.user().map(u -> u.username().equals(username)).orElse(false)) {
                throw InvalidInputException.unprocessable(new FieldProblem("role", role.name(), "account.cannotChangeOwnRole"));
            }
            long others = administrators.stream().filter(a -> Boolean.TRUE.equals(a.get("enabled"))
                    && !username.equals(a.get("username"))).count();
            if (Boolean.TRUE.equals(found.get(0).get("enabled")) && others == 0) {
                throw InvalidInputException.conflict(new FieldProblem("role", role.name(), "account.lastAdministratorRole"));
            }
        }
        jdbc.update(AccountSql.CHANGE, params.addValue("displayName", displayName).addValue("role", role.name())
                .addValue("jurisdiction", jurisdictionCode));
        audit.change("ACCOUNT_CHANGE", "account " + username, JSON.writeValueAsString(before), JSON.writeValueAsString(after));
        return list.one(username).orElseThrow();
    }

    private static Map<String, Object> state(String displayName, Role role, String jurisdictionCode) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("display_name", displayName);
        state.put("role", role.name());
        state.put("jurisdiction_code", jurisdictionCode);
        return state;
    }
}

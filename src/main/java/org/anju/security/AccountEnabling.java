package org.anju.security;

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

/**
 * Disabling and enabling an account (停用 / 启用). A disabled account cannot log in — neither by the
 * form nor by HTTP Basic — and its open browser sessions end at their next request
 * ({@link EnabledAccountSessions}); nothing else about it changes, and enabling it again restores it
 * as it was. Two rules keep the county administrable: an administrator cannot disable the account he
 * is using (422), and the last enabled county administrator cannot be disabled (409) — which, with
 * the first rule, can only happen when two administrators disable each other at the same moment: the
 * administrators' rows are locked first ({@link AccountSql#LOCK_ADMINISTRATORS}), so the second one
 * waits and then finds that the other is the last.
 */
@Service
class AccountEnabling {

    private final NamedParameterJdbcTemplate jdbc;
    private final AccountList list;
    private final AuditLog audit;
    private final Jurisdiction jurisdiction;

    AccountEnabling(NamedParameterJdbcTemplate jdbc, AccountList list, AuditLog audit, Jurisdiction jurisdiction) {
        this.jdbc = jdbc;
        this.list = list;
        this.audit = audit;
        this.jurisdiction = jurisdiction;
    }

    /**
     * Sets whether {@code username} may log in; the account as it is afterwards. Audited
     * ({@code ACCOUNT_DISABLE}, {@code ACCOUNT_ENABLE}, before and after) when it changes; setting what
     * already holds changes nothing and writes no entry.
     *
     * @throws NotFoundException when there is no such account (404)
     */
    @Transactional
    AccountRow set(String username, boolean enabled) {
        MapSqlParameterSource params = new MapSqlParameterSource("username", username).addValue("enabled", enabled);
        List<Map<String, Object>> administrators = jdbc.queryForList(AccountSql.LOCK_ADMINISTRATORS, Map.of());
        List<Map<String, Object>> target = jdbc.queryForList(AccountSql.LOCK_ACCOUNT, params);
        if (target.isEmpty()) {
            throw new NotFoundException("account", username);
        }
        boolean wasEnabled = Boolean.TRUE.equals(target.get(0).get("enabled"));
        if (wasEnabled == enabled) {
            return list.one(username).orElseThrow();
        }
        if (!enabled) {
            if (jurisdiction.user().map(u -> u.username().equals(username)).orElse(false)) {
                throw InvalidInputException.unprocessable(new FieldProblem("enabled", false, "account.cannotDisableSelf"));
            }
            long others = administrators.stream().filter(a -> Boolean.TRUE.equals(a.get("enabled"))
                    && !username.equals(a.get("username"))).count();
            if (Role.COUNTY_ADMIN.name().equals(target.get(0).get("role")) && others == 0) {
                throw InvalidInputException.conflict(new FieldProblem("enabled", false, "account.lastAdministrator"));
            }
        }
        jdbc.update(AccountSql.SET_ENABLED, params);
        audit.change(enabled ? "ACCOUNT_ENABLE" : "ACCOUNT_DISABLE", "account " + username,
                "{\"enabled\":" + wasEnabled + "}", "{\"enabled\":" + enabled + "}");
        return list.one(username).orElseThrow();
    }
}

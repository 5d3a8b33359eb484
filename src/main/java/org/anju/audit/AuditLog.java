package org.anju.audit;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes the audit log. The account is the logged-in one (never a name sent by the client).
 *
 * <ul>
 *   <li>{@link #change} and {@link #event} join the transaction of the change: if the change rolls back, so does its
 *       entry — the log never claims a change that did not happen.</li>
 *   <li>{@link #access} (unmasked views, exports) commits on its own, since reads run in read-only
 *       transactions and the fact that data left the system does not depend on them.</li>
 * </ul>
 */
@Component
public class AuditLog {

    /** Longer details are cut, with a mark, to the column's size. */
    static final int DETAIL_LIMIT = 20_000;
    static final int TARGET_LIMIT = 200;
    /** {@code audit_log.username}: an account name tried at login may be longer than any account's. */
    static final int USERNAME_LIMIT = 50;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final NamedParameterJdbcTemplate jdbc;
    private final TransactionTemplate ownTransaction;

    AuditLog(NamedParameterJdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * A record was created, changed or deleted.
     *
     * @param action e.g. {@code HOUSE_UPDATE}
     * @param target e.g. {@code house 140825-H1}
     * @param before the record before (JSON, personal data masked; null when created)
     * @param after  the record after (null when deleted)
     */
    public void change(String action, String target, String before, String after) {
        insert(action, target, null, "{\"before\":" + (before == null ? "null" : before)
                + ",\"after\":" + (after == null ? "null" : after) + "}");
    }

    /**
     * Something was done that is not a record's before and after — a case transition, an upload to a
     * case's archive, an import — described by {@code detail} (see {@link #json}). Like {@link #change}
     * it joins the transaction of the doing: when that rolls back, the entry goes with it.
     *
     * @param rows how many records it concerned (null when not a count)
     */
    public void event(String action, String target, Long rows, Map<String, ?> detail) {
        insert(action, target, rows, detail == null ? null : json(detail));
    }

    /** {@code detail} as a JSON object (dates and other values as text, numbers and booleans as they are). */
    public static String json(Map<String, ?> detail) {
        Map<String, Object> plain = new LinkedHashMap<>();
        detail.forEach((key, value) -> plain.put(key,
                value == null || value instanceof Number || value instanceof Boolean ? value : value.toString()));
        return JSON.writeValueAsString(plain);
    }

    /**
     * Personal data left the system: an unmasked view or an export.
     *
     * @param rows how many records (null when unknown)
     */
    public void access(String action, String target, Long rows, String detail) {
        ownTransaction.executeWithoutResult(status -> insert(action, target, rows, detail));
    }

    /**
     * A login, a refused login or a lock (form or HTTP Basic), written in the name of the account
     * tried — known or not; never the password. {@code detail}: the client address, the channel, the
     * reason. Written outside the request's transaction; a failure to write is logged, not thrown
     * (the login's answer does not depend on it).
     */
    public void login(String action, String username, Map<String, ?> detail) {
        String name = username == null || username.isBlank() ? "?" : cut(username, USERNAME_LIMIT);
        try {
            jdbc.update(AuditSql.INSERT, entry(action, "account/" + name, null, json(detail)).addValue("username", name));
        } catch (org.springframework.dao.DataAccessException e) {
            org.slf4j.LoggerFactory.getLogger(AuditLog.class).warn("Could not write the audit entry {} of {}: {}",
                    action, name, e.getMessage());
        }
    }

    private void insert(String action, String target, Long rows, String detail) {
        jdbc.update(AuditSql.INSERT, entry(action, target, rows, detail));
    }

    /** The values of one {@link AuditSql#INSERT}: now, the current user, the rest cut to the columns' sizes. */
    static MapSqlParameterSource entry(String action, String target, Long rows, String detail) {
        return new MapSqlParameterSource()
                .addValue("at", Timestamp.from(Instant.now()))
                .addValue("username", currentUsername())
                .addValue("action", action)
                .addValue("target", cut(target, TARGET_LIMIT))
                .addValue("rows", rows)
                .addValue("detail", detail == null ? null : cut(detail, DETAIL_LIMIT));
    }

    static String currentUsername() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null || auth.getName() == null ? "system" : auth.getName();
    }

    static String cut(String text, int limit) {
        return text.length() <= limit ? text : text.substring(0, limit - 1) + "…";
    }
}

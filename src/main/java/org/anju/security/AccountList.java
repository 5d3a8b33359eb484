package org.anju.security;

import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;

import org.anju.system.EnumLabels;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** The accounts as the administrator reads them ({@link AccountRow}), role in the caller's language. */
@Component
class AccountList {

    private final NamedParameterJdbcTemplate jdbc;
    private final EnumLabels labels;

    AccountList(NamedParameterJdbcTemplate jdbc, EnumLabels labels) {
        this.jdbc = jdbc;
        this.labels = labels;
    }

    /** Every account, by user name. */
    List<AccountRow> all() {
        return query(null);
    }

    /** Account {@code username}, if there is one. */
    Optional<AccountRow> one(String username) {
        return query(username).stream().findFirst();
    }

    private List<AccountRow> query(String username) {
        return jdbc.query(AccountSql.LIST, new MapSqlParameterSource("username", username), (rs, i) -> new AccountRow(
                rs.getString("username"), rs.getString("display_name"), rs.getString("role"),
                labels.of(Role.class, rs.getString("role")), rs.getString("jurisdiction_code"),
                rs.getString("jurisdiction_name"), rs.getString("jurisdiction_level"),
                rs.getString("jurisdiction_parent_name"), rs.getBoolean("enabled"),
                local(rs.getTimestamp("created_at")), local(rs.getTimestamp("last_login_at"))));
    }

    private static java.time.LocalDateTime local(Timestamp at) {
        return at == null ? null : at.toLocalDateTime();
    }
}

package org.anju.security;

import java.util.List;

import org.anju.area.AdminCode;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The accounts table: look-up for login, creation with a hashed password. */
@Service
public class Accounts implements UserDetailsService {

    private static final String BY_NAME = """
            SELECT username, display_name, password_hash, role, jurisdiction_code, enabled, version
            FROM account WHERE username = :username
            """;

    private static final String INSERT = """
            INSERT INTO account (username, display_name, password_hash, role, jurisdiction_code)
            VALUES (:username, :displayName, :hash, :role, :jurisdiction)
            """;

    private final NamedParameterJdbcTemplate jdbc;
    private final PasswordEncoder passwords;

    Accounts(NamedParameterJdbcTemplate jdbc, PasswordEncoder passwords) {
        this.jdbc = jdbc;
        this.passwords = passwords;
    }

    @Override
    @Transactional(readOnly = true)
    public AnjuUser loadUserByUsername(String username) {
        List<AnjuUser> found = jdbc.query(BY_NAME, new MapSqlParameterSource("username", username),
                (rs, i) -> new AnjuUser(rs.getString("username"), rs.getString("display_name"),
                        rs.getString("password_hash"), Role.valueOf(rs.getString("role")),
                        rs.getString("jurisdiction_code"), rs.getBoolean("enabled"), rs.getLong("version")));
        if (found.isEmpty()) {
            throw new UsernameNotFoundException("no account " + username);
        }
        return found.get(0);
    }

    /** Creates an account; {@code jurisdiction} null = every area (only for county roles). */
    @Transactional
    public void create(String username, String displayName, String password, Role role, String jurisdiction) {
        if (jurisdiction != null) {
            new AdminCode(jurisdiction);
        } else if (role != Role.COUNTY_ADMIN && role != Role.COUNTY_STAFF && role != Role.PLANNER
                && role != Role.EMERGENCY_TEAM) {
            throw new IllegalArgumentException(role + " needs a jurisdiction");
        }
        jdbc.update(INSERT, new MapSqlParameterSource().addValue("username", username)
                .addValue("displayName", displayName).addValue("hash", passwords.encode(password))
                .addValue("role", role.name()).addValue("jurisdiction", jurisdiction));
    }

    /**
     * Sets a new password (already checked against {@link PasswordPolicy}); false when there is no such
     * account. The new hash ends every cached HTTP Basic verification of the old one at once, the new
     * version every browser session of the account at its next request.
     */
    @Transactional
    public boolean setPassword(String username, String password) {
        return jdbc.update("UPDATE account SET password_hash = :hash, version = version + 1 WHERE username = :username",
                new MapSqlParameterSource().addValue("username", username)
                        .addValue("hash", passwords.encode(password))) == 1;
    }

    @Transactional(readOnly = true)
    public boolean none() {
        Long count = jdbc.getJdbcOperations().queryForObject("SELECT COUNT(*) FROM account", Long.class);
        return count == null || count == 0;
    }
}

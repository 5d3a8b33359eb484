package org.anju.security;

/** SQL of account management, identical on PostGIS and H2GIS; values always bound. */
final class AccountSql {

    private AccountSql() {
    }

    /**
     * Every account with its jurisdiction's name, level and parent (the township of a village) and
     * its last form login from the audit log (index {@code audit_log_user}); null when never logged in
     * by the form since the log began. Optionally one account ({@code :username} not null).
     */
    static final String LIST = """
            SELECT a.username, a.display_name, a.role, a.jurisdiction_code, j.name AS jurisdiction_name,
                   j.level AS jurisdiction_level, p.name AS jurisdiction_parent_name, a.enabled, a.created_at,
                   (SELECT MAX(l.at) FROM audit_log l WHERE l.username = a.username AND l.action = 'LOGIN') AS last_login_at
            FROM account a
            LEFT JOIN admin_area j ON j.code = a.jurisdiction_code
            LEFT JOIN admin_area p ON p.code = j.parent_code
            WHERE (CAST(:username AS VARCHAR(50)) IS NULL OR a.username = :username)
            ORDER BY a.username
            """;

    static final String AREA_LEVEL = "SELECT level FROM admin_area WHERE code = :code";

    static final String EXISTS = "SELECT COUNT(*) > 0 FROM account WHERE username = :username";

    /**
     * The county administrators, locked in the order of their ids — the first thing every enabling or
     * disabling takes, so that two administrators disabling each other at once queue here (one of
     * them then sees that the other is the last one) and never lock in opposite orders (deadlock).
     */
    static final String LOCK_ADMINISTRATORS = """
            SELECT username, enabled FROM account WHERE role = 'COUNTY_ADMIN' ORDER BY id FOR UPDATE
            """;

    /** The account to enable or disable, locked. */
    static final String LOCK_ACCOUNT = "SELECT role, enabled FROM account WHERE username = :username FOR UPDATE";

    static final String SET_ENABLED = """
            UPDATE account SET enabled = :enabled, version = version + 1 WHERE username = :username
            """;

    /**
     * Whether a session's account may still act: the account is enabled and unchanged since the session
     * read it (same version); no row when there is no such account.
     */
    static final String ENABLED = "SELECT enabled, version FROM account WHERE username = :username";

    /** The account to change, locked. */
    static final String LOCK_FOR_CHANGE = """
            SELECT display_name, role, jurisdiction_code, enabled FROM account WHERE username = :username FOR UPDATE
            """;

    static final String CHANGE = """
            UPDATE account SET display_name = :displayName, role = :role, jurisdiction_code = :jurisdiction,
                   version = version + 1
            WHERE username = :username
            """;
}

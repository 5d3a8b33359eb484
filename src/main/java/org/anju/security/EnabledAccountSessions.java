package org.anju.security;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.anju.system.DatabaseTrouble;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends the browser session of an account that has been disabled, removed or changed (password reset,
 * role or jurisdiction) since it logged in, at its next request: a session keeps the account as it
 * logged in, so without this check a disabled township officer would go on working until the session
 * timed out, and a moved one would go on seeing his old township. Every request that carries a
 * logged-in session reads the account's {@code enabled} flag and version (one look-up by the unique user name —
 * the same read every HTTP Basic request already makes), so it holds across several instances
 * sharing the database too. When the account may no longer act, the session is invalidated and the
 * request goes on anonymously: the API answers 401, a page leads to the login form. Requests that
 * authenticated themselves (HTTP Basic, no session) were checked by the password check already.
 *
 * <p>When the database cannot be read (down, or every connection busy), an API request gets the usual
 * 503 at once ({@link DatabaseUnavailable}, {@code system.DatabaseTrouble}) — rather than waiting for
 * a connection a second time in its own query —, and a page or static file is served as it would be.
 */
final class EnabledAccountSessions extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(EnabledAccountSessions.class);

    private final NamedParameterJdbcTemplate jdbc;
    private final DatabaseUnavailable databaseUnavailable;

    EnabledAccountSessions(NamedParameterJdbcTemplate jdbc, DatabaseUnavailable databaseUnavailable) {
        this.jdbc = jdbc;
        this.databaseUnavailable = databaseUnavailable;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (session != null && auth != null && auth.getPrincipal() instanceof AnjuUser user) {
            boolean mayAct;
            try {
                List<Boolean> unchanged = jdbc.query(AccountSql.ENABLED,
                        new MapSqlParameterSource("username", user.username()),
                        (rs, i) -> rs.getBoolean("enabled") && rs.getLong("version") == user.version());
                mayAct = !unchanged.isEmpty() && unchanged.get(0);
            } catch (DataAccessException e) {
                if (isApi(request)) {
                    databaseUnavailable.unavailable(request, response, DatabaseTrouble.of(e));
                    return;
                }
                mayAct = true;
            }
            if (!mayAct) {
                log.info("Session of {} ended: the account is disabled or has changed since it logged in", user.username());
                SecurityContextHolder.clearContext();
                session.invalidate();
            }
        }
        chain.doFilter(request, response);
    }

    private static boolean isApi(HttpServletRequest request) {
        String uri = request.getRequestURI();
        return uri.startsWith("/api/") || uri.startsWith("/tiles/") || uri.startsWith("/ogcapi");
    }
}

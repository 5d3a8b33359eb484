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
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends the browser session of an account that has been disabled (or removed) since it logged in, at
 * its next request: a session keeps the account it logged in as, so without this check a disabled
 * township officer would go on working until the session timed out. Every request that carries a
 * logged-in session reads the account's {@code enabled} flag (one look-up by the unique user name —
 * the same read every HTTP Basic request already makes), so it holds across several instances
 * sharing the database too. When the account may no longer act, the session is invalidated and the
 * request goes on anonymously: the API answers 401, a page leads to the login form. Requests that
 * authenticated themselves (HTTP Basic, no session) were checked by the password check already.
 *
 * <p>When the database cannot be read, the request goes on: whatever it asks of the database then
 * fails with the usual 503 ({@code system.DatabaseTrouble}).
 */
final class EnabledAccountSessions extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(EnabledAccountSessions.class);

    private final NamedParameterJdbcTemplate jdbc;

    EnabledAccountSessions(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (session != null && auth != null && auth.getPrincipal() instanceof AnjuUser user && !mayAct(user)) {
            log.info("Session of {} ended: the account is disabled", user.username());
            SecurityContextHolder.clearContext();
            session.invalidate();
        }
        chain.doFilter(request, response);
    }

    private boolean mayAct(AnjuUser user) {
        try {
            List<Boolean> enabled = jdbc.queryForList(AccountSql.ENABLED,
                    new MapSqlParameterSource("username", user.username()), Boolean.class);
            return !enabled.isEmpty() && Boolean.TRUE.equals(enabled.get(0));
        } catch (DataAccessException e) {
            return true;
        }
    }
}

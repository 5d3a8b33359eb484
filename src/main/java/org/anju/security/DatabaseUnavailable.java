package org.anju.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.anju.system.ConnectionPoolExhausted;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.transaction.TransactionException;

/**
 * A login that failed because the account could not be read — the database is down — is not a
 * wrong password: API clients get 503 with Retry-After (as every other request during the outage,
 * see system.ApiExceptionHandler; "busy" when the database is reachable but every connection of the
 * pool is in use), the login form says the service is unavailable.
 */
final class DatabaseUnavailable {

    private DatabaseUnavailable() {
    }

    static boolean causedBy(AuthenticationException e) {
        if (!(e instanceof InternalAuthenticationServiceException)) {
            return false;
        }
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof DataAccessException || cause instanceof TransactionException
                    || cause instanceof java.sql.SQLTransientConnectionException) {
                return true;
            }
        }
        return false;
    }

    /** 503 when the database is down, else what {@code otherwise} answers (401). */
    static AuthenticationEntryPoint orElse(AuthenticationEntryPoint otherwise) {
        return (request, response, e) -> {
            if (causedBy(e)) {
                unavailable(response, ConnectionPoolExhausted.causes(e));
            } else {
                otherwise.commence(request, response, e);
            }
        };
    }

    /** The login form: back to it with {@code ?unavailable} when the database is down, {@code ?error} otherwise. */
    static AuthenticationFailureHandler loginFailure() {
        AuthenticationFailureHandler wrongPassword = new SimpleUrlAuthenticationFailureHandler("/login.html?error");
        AuthenticationFailureHandler down = new SimpleUrlAuthenticationFailureHandler("/login.html?unavailable");
        return (HttpServletRequest request, HttpServletResponse response, AuthenticationException e) -> {
            if (causedBy(e)) {
                down.onAuthenticationFailure(request, response, e);
            } else {
                wrongPassword.onAuthenticationFailure(request, response, e);
            }
        };
    }

    /** 503 with Retry-After: the database is down, or (busy) reachable with every connection in use. */
    private static void unavailable(HttpServletResponse response, boolean busy) throws IOException {
        response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
        response.setHeader(HttpHeaders.RETRY_AFTER, busy ? "5" : "10");
        response.setContentType("application/problem+json;charset=UTF-8");
        response.getWriter().write(busy ? """
                {"type":"about:blank","title":"服务繁忙","status":503,\
                "detail":"数据库连接都在使用中，请几秒后重试。Every database connection is in use; try again in a few seconds."}"""
                : """
                {"type":"about:blank","title":"数据库暂时不可用","status":503,\
                "detail":"数据库暂时无法连接，请稍后重试。The database cannot be reached right now; try again shortly."}""");
    }
}

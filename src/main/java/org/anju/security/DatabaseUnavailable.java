package org.anju.security;

import java.io.IOException;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.anju.system.DatabaseTrouble;
import org.springframework.context.MessageSource;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.transaction.TransactionException;
import org.springframework.web.servlet.LocaleResolver;
import tools.jackson.databind.json.JsonMapper;

/**
 * A login that failed because the account could not be read — the database is down, or busy with
 * every connection in use — is not a wrong password: API clients get the same 503 with Retry-After
 * as every other request then ({@link DatabaseTrouble}, in the client's language), the login form
 * says the service is unavailable.
 */
final class DatabaseUnavailable {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final MessageSource messages;
    private final LocaleResolver locales;

    DatabaseUnavailable(MessageSource messages, LocaleResolver locales) {
        this.messages = messages;
        this.locales = locales;
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

    /**
     * 503 when the database is down or busy, 429 with Retry-After when the account or address is
     * locked after failed logins ({@link LoginThrottle}), else what {@code otherwise} answers (401).
     */
    AuthenticationEntryPoint orElse(AuthenticationEntryPoint otherwise) {
        return (request, response, e) -> {
            if (e instanceof LoginThrottled throttled && acceptsHtml(request)) {
                throttledForm(response, throttled);
            } else if (e instanceof LoginThrottled throttled) {
                throttled(request, response, throttled);
            } else if (causedBy(e)) {
                unavailable(request, response, DatabaseTrouble.of(e));
            } else {
                otherwise.commence(request, response, e);
            }
        };
    }

    /**
     * The login form: 429 with Retry-After while locked after failed logins; back to it with
     * {@code ?unavailable} when the database is down, {@code ?disabled} for a disabled account (after
     * its correct password, {@link PasswordCheck}), {@code ?error} otherwise.
     */
    AuthenticationFailureHandler loginFailure() {
        AuthenticationFailureHandler wrongPassword = new SimpleUrlAuthenticationFailureHandler("/login.html?error");
        AuthenticationFailureHandler down = new SimpleUrlAuthenticationFailureHandler("/login.html?unavailable");
        AuthenticationFailureHandler disabled = new SimpleUrlAuthenticationFailureHandler("/login.html?disabled");
        return (HttpServletRequest request, HttpServletResponse response, AuthenticationException e) -> {
            if (e instanceof LoginThrottled throttled && acceptsHtml(request)) {
                throttledForm(response, throttled);
            } else if (e instanceof LoginThrottled throttled) {
                throttled(request, response, throttled);
            } else if (causedBy(e)) {
                down.onAuthenticationFailure(request, response, e);
            } else if (e instanceof org.springframework.security.authentication.DisabledException) {
                disabled.onAuthenticationFailure(request, response, e);
            } else {
                wrongPassword.onAuthenticationFailure(request, response, e);
            }
        };
    }

    /** The 503 problem every API request gets while the database is down or busy, in the client's language. */
    void unavailable(HttpServletRequest request, HttpServletResponse response, DatabaseTrouble trouble)
            throws IOException {
        response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
        response.setHeader(HttpHeaders.RETRY_AFTER, trouble.retryAfter());
        response.setContentType("application/problem+json;charset=UTF-8");
        ProblemDetail problem = trouble.problem(messages, locales.resolveLocale(request));
        response.getWriter().write(JSON.writeValueAsString(Map.of("type", problem.getType().toString(),
                "title", problem.getTitle(), "status", problem.getStatus(), "detail", problem.getDetail())));
    }

    private void throttled(HttpServletRequest request, HttpServletResponse response, LoginThrottled e)
            throws IOException {
        java.util.Locale locale = locales.resolveLocale(request);
        response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(e.retryAfterSeconds()));
        response.setContentType("application/problem+json;charset=UTF-8");
        response.getWriter().write(JSON.writeValueAsString(Map.of("type", "about:blank",
                "title", messages.getMessage("login.throttled.title", null, locale),
                "status", HttpStatus.TOO_MANY_REQUESTS.value(),
                "detail", messages.getMessage("login.throttled.detail", new Object[] {Long.toString(e.retryAfterSeconds())}, locale))));
    }

    private static boolean acceptsHtml(HttpServletRequest request) {
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        return accept != null && accept.contains("text/html");
    }

    /**
     * A browser's form login while locked: still 429 with Retry-After, and a page that sends it back
     * to the login form, which says how long the lock lasts ({@code ?locked=seconds}).
     */
    private static void throttledForm(HttpServletResponse response, LoginThrottled e) throws IOException {
        String back = "/login.html?locked=" + e.retryAfterSeconds();
        response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(e.retryAfterSeconds()));
        response.setContentType("text/html;charset=UTF-8");
        response.getWriter().write("""
                <!doctype html><html lang="zh-CN"><head><meta charset="utf-8">
                <meta http-equiv="refresh" content="0; url=%1$s"><title>登录失败次数过多 · 安居</title></head>
                <body><p>登录失败次数过多，已暂时锁定。<a href="%1$s">返回登录</a></p>
                <p lang="en">Too many failed logins; locked for a while. <a href="%1$s">Back to the login</a></p></body></html>
                """.formatted(back));
    }
}

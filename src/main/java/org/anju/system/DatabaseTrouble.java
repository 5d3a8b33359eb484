package org.anju.system;

import java.net.URI;
import java.sql.SQLTransientConnectionException;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * Why a request got no answer from the database, and the 503 it gets for it — one answer for the
 * API ({@link ApiExceptionHandler}) and for a password check that could not read the account
 * (security.DatabaseUnavailable). Both carry Retry-After, so that clients and the map retry.
 */
public enum DatabaseTrouble {

    /** The database cannot be reached (down, restarting, network). */
    DOWN("problem.unavailable", 10),

    /**
     * The database is reachable, but every connection of the pool stayed in use while the request
     * waited for one ({@code spring.datasource.hikari.connection-timeout}): under load.
     */
    BUSY("problem.busy", 5);

    private final String messageKey;
    private final int retryAfterSeconds;

    DatabaseTrouble(String messageKey, int retryAfterSeconds) {
        this.messageKey = messageKey;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    /**
     * Which trouble {@code e} reports. Hikari throws a {@link SQLTransientConnectionException} when a
     * request waited too long for a connection: without a cause while the database is reachable (all
     * connections in use), with the last failed connection attempt as its cause when it is not.
     */
    public static DatabaseTrouble of(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLTransientConnectionException && cause.getCause() == null) {
                return BUSY;
            }
        }
        return DOWN;
    }

    /** The value of the Retry-After header, in seconds. */
    public String retryAfter() {
        return String.valueOf(retryAfterSeconds);
    }

    /** The 503 problem in {@code locale}: "数据库暂时不可用" or "服务繁忙". */
    public ProblemDetail problem(MessageSource messages, Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                messages.getMessage(messageKey + ".detail", null, locale));
        problem.setTitle(messages.getMessage(messageKey + ".title", null, locale));
        problem.setType(URI.create("about:blank"));
        return problem;
    }
}

package org.anju.system;

import java.sql.SQLTransientConnectionException;

/**
 * Tells a busy database from one that is down. When every connection of the pool is in use for
 * longer than the pool waits ({@code spring.datasource.hikari.connection-timeout}), Hikari throws a
 * {@link SQLTransientConnectionException} without a cause; when the database cannot be reached, the
 * same exception carries the last failed connection attempt as its cause (and a query on a broken
 * connection fails with the driver's own exception). Both are 503 with Retry-After; the message
 * differs, so that a county officer under load reads "busy, try again" and not "database down".
 */
public final class ConnectionPoolExhausted {

    private ConnectionPoolExhausted() {
    }

    /** Whether {@code e}, or one of its causes, is the pool's timeout while the database is reachable. */
    public static boolean causes(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLTransientConnectionException && cause.getCause() == null) {
                return true;
            }
        }
        return false;
    }
}

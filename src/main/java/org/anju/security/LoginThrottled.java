package org.anju.security;

import org.springframework.security.authentication.AccountStatusException;

/** A login refused, without checking the password, because the account or the client address is locked. */
class LoginThrottled extends AccountStatusException {

    private final long retryAfterSeconds;

    LoginThrottled(long retryAfterSeconds) {
        super("too many failed logins");
        this.retryAfterSeconds = retryAfterSeconds;
    }

    long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}

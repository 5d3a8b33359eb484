package org.anju.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code anju.security}.
 *
 * @param adminPassword password of the administrator created at first start ({@code ANJU_ADMIN_PASSWORD});
 *                      empty: a random one is generated and printed once
 * @param verifiedPasswordLifetime how long a password that matched its bcrypt hash is accepted without
 *                      checking bcrypt again (HTTP Basic clients send it with every request); 0 turns it off
 * @param loginThrottle failed logins per account and per client address ({@link LoginThrottle})
 */
@ConfigurationProperties("anju.security")
public record SecurityProperties(String adminPassword, @DefaultValue("5m") Duration verifiedPasswordLifetime,
        @DefaultValue LoginThrottle loginThrottle) {

    /**
     * {@code anju.security.login-throttle.*}.
     *
     * @param enabled         false turns throttling off (default true)
     * @param accountFailures wrong passwords for one account before it is locked (default 5)
     * @param addressFailures wrong passwords from one client address before it is locked (default 100)
     * @param accountLock     the first lock (default 1m); each further lock of the same account or address
     *                        is twice as long
     * @param maxLock         the longest lock (default 30m)
     * @param forgetAfter     failures older than this are forgotten (default 1h)
     * @param maxEntries      most accounts and addresses counted at once (default 100000)
     */
    public record LoginThrottle(@DefaultValue("true") boolean enabled, @DefaultValue("5") int accountFailures,
            @DefaultValue("100") int addressFailures, @DefaultValue("1m") Duration accountLock,
            @DefaultValue("30m") Duration maxLock, @DefaultValue("1h") Duration forgetAfter,
            @DefaultValue("100000") int maxEntries) {
    }
}

package org.anju.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Remembers, for a few minutes, that a password matched an account's bcrypt hash, so that API
 * clients sending HTTP Basic with every request (GDAL, QGIS, scripts: one request per tile or page)
 * do not pay a deliberately slow bcrypt check (≈ 90 ms) each time.
 *
 * <p>What is kept per account is an HMAC of the password under a key that exists only in this
 * process's memory, never the password. An entry counts only for the very hash it was verified
 * against: a changed password (new hash) or a new process forgets it at once. Disabled accounts are
 * refused before this is consulted (the account row is still read on every request). One entry per
 * account, so memory is bounded by the number of accounts.
 */
class RecentlyVerifiedPasswords {

    private record Verified(String passwordHash, byte[] passwordMac, Instant at) {
    }

    private final Map<String, Verified> byUsername = new ConcurrentHashMap<>();
    private final SecretKeySpec key;
    private final Duration lifetime;
    private final Clock clock;

    RecentlyVerifiedPasswords(Duration lifetime, Clock clock) {
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.key = new SecretKeySpec(secret, "HmacSHA256");
        this.lifetime = lifetime;
        this.clock = clock;
    }

    /** True when this password was verified against this very hash less than the lifetime ago. */
    boolean contains(String username, String passwordHash, String password) {
        Verified verified = byUsername.get(username);
        if (verified == null || !verified.passwordHash().equals(passwordHash)) {
            return false;
        }
        if (verified.at().plus(lifetime).isBefore(clock.instant())) {
            byUsername.remove(username, verified);
            return false;
        }
        return MessageDigest.isEqual(verified.passwordMac(), mac(username, password));
    }

    void remember(String username, String passwordHash, String password) {
        if (!lifetime.isZero()) {
            byUsername.put(username, new Verified(passwordHash, mac(username, password), clock.instant()));
        }
    }

    private byte[] mac(String username, String password) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            mac.update(username.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return mac.doFinal(password.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}

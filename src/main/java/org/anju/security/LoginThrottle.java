package org.anju.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Failed logins counted per account and per client address, in memory (issue 15, ASVS 2.2.1).
 * After {@code accountFailures} wrong passwords an account is locked for {@code accountLock}, each
 * further lock twice as long up to {@code maxLock}; a client address after {@code addressFailures}
 * (much looser: many people behind one office NAT) likewise. Locks expire, so an attacker cannot
 * lock the owner out for ever; a correct password after expiry logs in and clears the account's
 * count. While locked, attempts are refused without checking the password (no oracle). A correct
 * login is never delayed by failures of another account, only by its own lock or its address's.
 *
 * <p>Bounded: at most {@code maxEntries} counters per kind; when full, expired and stale entries
 * are dropped, and if still full the oldest quiet entry goes.
 */
public class LoginThrottle {

    /** Refused because the account or the address is locked until {@code until}. */
    record Lock(Instant until) {
        long retryAfterSeconds(Instant now) {
            return Math.max(1, Duration.between(now, until).toSeconds() + 1);
        }
    }

    private static final class Counter {
        int failures;
        int locks;
        Instant lockedUntil = Instant.MIN;
        Instant last;
    }

    private final SecurityProperties.LoginThrottle settings;
    private final Clock clock;
    private final Map<String, Counter> accounts = new ConcurrentHashMap<>();
    private final Map<String, Counter> addresses = new ConcurrentHashMap<>();

    LoginThrottle(SecurityProperties.LoginThrottle settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    /** The lock that refuses this attempt, or null when it may be checked. */
    Lock lockFor(String username, String address) {
        Instant now = clock.instant();
        Instant until = later(lockedUntil(accounts, key(username), now), lockedUntil(addresses, address, now));
        return until == null ? null : new Lock(until);
    }

    /**
     * A wrong password (or unknown user name) for {@code username} from {@code address}.
     *
     * @return what this failure locked — "account", "address", both joined by "+" — or null
     */
    String failed(String username, String address) {
        Instant now = clock.instant();
        boolean account = count(accounts, key(username), settings.accountFailures(), now);
        boolean client = address != null && count(addresses, address, settings.addressFailures(), now);
        return account && client ? "account+address" : account ? "account" : client ? "address" : null;
    }

    /**
     * A correct password: the account's count starts again (the address's does not).
     *
     * @return whether there were failures to forget (the success ends a streak of wrong passwords)
     */
    boolean succeeded(String username) {
        Counter forgotten = accounts.remove(key(username));
        return forgotten != null;
    }

    /** Forgets every count and lock (tests; an administrator's reset of the account). */
    void clear() {
        accounts.clear();
        addresses.clear();
    }

    void clear(String username) {
        accounts.remove(key(username));
    }

    boolean enabled() {
        return settings.enabled();
    }

    private static String key(String username) {
        return username == null ? "" : username.toLowerCase(java.util.Locale.ROOT);
    }

    private Instant lockedUntil(Map<String, Counter> counters, String key, Instant now) {
        if (key == null) {
            return null;
        }
        Counter counter = counters.get(key);
        if (counter == null) {
            return null;
        }
        synchronized (counter) {
            return counter.lockedUntil.isAfter(now) ? counter.lockedUntil : null;
        }
    }

    /** Counts a failure; true when it starts a lock. */
    private boolean count(Map<String, Counter> counters, String key, int threshold, Instant now) {
        if (counters.size() >= settings.maxEntries() && !counters.containsKey(key)) {
            prune(counters, now);
        }
        Counter counter = counters.computeIfAbsent(key, k -> new Counter());
        synchronized (counter) {
            if (counter.last != null && counter.last.plus(settings.forgetAfter()).isBefore(now)) {
                counter.failures = 0;
                counter.locks = 0;
            }
            counter.last = now;
            counter.failures++;
            if (counter.failures >= threshold) {
                Duration lock = settings.accountLock().multipliedBy(1L << Math.min(counter.locks, 20));
                if (lock.compareTo(settings.maxLock()) > 0) {
                    lock = settings.maxLock();
                }
                counter.lockedUntil = now.plus(lock);
                counter.locks++;
                counter.failures = 0;
                return true;
            }
            return false;
        }
    }

    private void prune(Map<String, Counter> counters, Instant now) {
        counters.entrySet().removeIf(e -> {
            synchronized (e.getValue()) {
                return !e.getValue().lockedUntil.isAfter(now)
                        && e.getValue().last.plus(settings.forgetAfter()).isBefore(now);
            }
        });
        while (counters.size() >= settings.maxEntries()) {
            counters.entrySet().stream()
                    .filter(e -> !e.getValue().lockedUntil.isAfter(now))
                    .min(java.util.Comparator.comparing(e -> e.getValue().last))
                    .or(() -> counters.entrySet().stream().findAny())
                    .ifPresent(e -> counters.remove(e.getKey()));
        }
    }

    private static Instant later(Instant a, Instant b) {
        if (a == null) {
            return b;
        }
        return b == null || a.isAfter(b) ? a : b;
    }
}

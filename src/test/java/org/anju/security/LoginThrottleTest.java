package org.anju.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

/** {@link LoginThrottle} on a clock of its own: locks grow, expire, and stay per account. */
class LoginThrottleTest {

    private Instant now = Instant.parse("2026-12-07T08:00:00Z");
    private final Clock clock = new Clock() {
        @Override public ZoneOffset getZone() { return ZoneOffset.UTC; }
        @Override public Clock withZone(java.time.ZoneId zone) { return this; }
        @Override public Instant instant() { return now; }
    };
    private final LoginThrottle throttle = new LoginThrottle(new SecurityProperties.LoginThrottle(true, 5, 20,
            Duration.ofMinutes(1), Duration.ofMinutes(30), Duration.ofHours(1), 1000), clock);

    private void fail(String username, int times) {
        for (int i = 0; i < times; i++) {
            throttle.failed(username, "10.0.0.1");
        }
    }

    @Test
    void fiveFailuresLockTheAccountForAMinute() {
        fail("alice", 4);
        assertThat(throttle.lockFor("alice", "10.0.0.1")).isNull();
        fail("alice", 1);
        assertThat(throttle.lockFor("alice", "10.0.0.1").retryAfterSeconds(now)).isBetween(60L, 61L);
        assertThat(throttle.lockFor("Alice", "10.0.0.2")).as("case-insensitive, any address").isNotNull();
    }

    @Test
    void theLockExpiresAndTheNextOneIsTwiceAsLong() {
        fail("alice", 5);
        now = now.plusSeconds(61);
        assertThat(throttle.lockFor("alice", "10.0.0.1")).as("expired").isNull();
        fail("alice", 5);
        assertThat(throttle.lockFor("alice", "10.0.0.1").retryAfterSeconds(now)).isBetween(120L, 121L);
    }

    @Test
    void locksGrowNoLongerThanTheMaximum() {
        for (int i = 0; i < 12; i++) {
            fail("alice", 5);
            now = now.plus(Duration.ofMinutes(40));
        }
        fail("alice", 5);
        assertThat(throttle.lockFor("alice", "10.0.0.1").retryAfterSeconds(now)).isLessThanOrEqualTo(1801L);
    }

    @Test
    void anotherAccountIsNotLockedByTheseFailures() {
        fail("alice", 5);
        assertThat(throttle.lockFor("bob", "10.0.0.1")).isNull();
    }

    @Test
    void theAddressIsLockedAfterItsOwnLooserThreshold() {
        for (int i = 0; i < 20; i++) {
            throttle.failed("user" + i, "10.0.0.9");
        }
        assertThat(throttle.lockFor("somebody", "10.0.0.9")).isNotNull();
        assertThat(throttle.lockFor("somebody", "10.0.0.8")).isNull();
    }

    @Test
    void aSuccessClearsTheAccountsCount() {
        fail("alice", 4);
        throttle.succeeded("alice");
        fail("alice", 4);
        assertThat(throttle.lockFor("alice", "10.0.0.1")).isNull();
    }

    @Test
    void theMapStaysBounded() {
        for (int i = 0; i < 5000; i++) {
            throttle.failed("user" + i, null);
            now = now.plusMillis(1);
        }
        // no assertion on internals beyond not failing: a full map drops the quietest entries
        assertThat(throttle.lockFor("user4999", null)).isNull();
    }
}

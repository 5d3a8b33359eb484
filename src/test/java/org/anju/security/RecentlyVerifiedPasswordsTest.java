package org.anju.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

/** A password that matched its bcrypt hash is accepted again for a while — that password, that hash, that account only. */
class RecentlyVerifiedPasswordsTest {

    static final String HASH = "$2a$10$abcdefghijklmnopqrstuv";

    final MovableClock clock = new MovableClock();
    final RecentlyVerifiedPasswords recent = new RecentlyVerifiedPasswords(Duration.ofMinutes(5), clock);

    @Test
    void theSamePasswordForTheSameHashIsAcceptedWithinTheLifetime() {
        recent.remember("zhang", HASH, "秘密-123");
        clock.advance(Duration.ofMinutes(4));

        assertThat(recent.contains("zhang", HASH, "秘密-123")).isTrue();
    }

    @Test
    void afterTheLifetimeBcryptHasToBeCheckedAgain() {
        recent.remember("zhang", HASH, "秘密-123");
        clock.advance(Duration.ofMinutes(5).plusSeconds(1));

        assertThat(recent.contains("zhang", HASH, "秘密-123")).isFalse();
    }

    @Test
    void anotherPasswordIsNeverAccepted() {
        recent.remember("zhang", HASH, "秘密-123");

        assertThat(recent.contains("zhang", HASH, "秘密-124")).isFalse();
        assertThat(recent.contains("zhang", HASH, "")).isFalse();
    }

    @Test
    void aChangedPasswordHashEndsItAtOnce() {
        recent.remember("zhang", HASH, "秘密-123");

        assertThat(recent.contains("zhang", "$2a$10$anotherhashanotherhash", "秘密-123")).isFalse();
    }

    @Test
    void anotherAccountWithTheSameHashAndPasswordDoesNotBenefit() {
        recent.remember("zhang", HASH, "秘密-123");

        assertThat(recent.contains("li", HASH, "秘密-123")).isFalse();
    }

    @Test
    void aLifetimeOfZeroRemembersNothing() {
        var off = new RecentlyVerifiedPasswords(Duration.ZERO, clock);
        off.remember("zhang", HASH, "秘密-123");

        assertThat(off.contains("zhang", HASH, "秘密-123")).isFalse();
    }

    static final class MovableClock extends Clock {
        private Instant now = Instant.parse("2026-11-23T08:00:00Z");

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}

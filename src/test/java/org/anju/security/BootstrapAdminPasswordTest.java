package org.anju.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.random.RandomGenerator;

import org.junit.jupiter.api.Test;

/** The password generated at first start always passes the password policy: a refused draw is drawn again. */
class BootstrapAdminPasswordTest {

    @Test
    void aFirstDrawContainingAdminIsDrawnAgain() {
        String alphabet = alphabet();
        Deque<Integer> draws = new ArrayDeque<>();
        "adminadminadmin2".chars().forEach(c -> draws.add(alphabet.indexOf(c)));
        "Kq7Zt2Wx9Pr4Lm8N".chars().forEach(c -> draws.add(alphabet.indexOf(c)));
        assertThat(draws).doesNotContain(-1);
        RandomGenerator scripted = new RandomGenerator() {
            @Override
            public long nextLong() {
                throw new UnsupportedOperationException();
            }

            @Override
            public int nextInt(int bound) {
                return draws.removeFirst();
            }
        };

        String password = BootstrapAdmin.generated(scripted);

        assertThat(PasswordPolicy.reason("admin", "adminadminadmin2")).isNotNull();
        assertThat(password).isEqualTo("Kq7Zt2Wx9Pr4Lm8N");
        assertThat(PasswordPolicy.reason("admin", password)).isNull();
    }

    private static String alphabet() {
        try {
            var field = BootstrapAdmin.class.getDeclaredField("ALPHABET");
            field.setAccessible(true);
            return (String) field.get(null);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}

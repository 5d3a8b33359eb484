package org.anju.security;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import org.anju.system.FieldProblem;

/**
 * What a new password must be (issue 15, ASVS 2.1): at least {@value #MIN_LENGTH} characters; not one
 * of the 30,000 common passwords in {@code security/common-passwords.txt} (zxcvbn's list, MIT) nor a
 * single character repeated; neither equal to nor containing the user name. Comparisons ignore case.
 * Applied to every password set: account creation, an administrator's reset, the first administrator.
 */
final class PasswordPolicy {

    static final int MIN_LENGTH = 10;

    private static final Set<String> COMMON = load();

    private PasswordPolicy() {
    }

    /** The first rule {@code password} breaks, as a problem on {@code field} (value hidden), or null. */
    static FieldProblem check(String field, String username, String password) {
        String reason = reason(username, password);
        return reason == null ? null : new FieldProblem(field, "***", reason, MIN_LENGTH);
    }

    /** The message key of the first rule broken: {@code password.tooShort}, {@code password.common},
     * {@code password.containsUsername}; null when the password is acceptable. */
    static String reason(String username, String password) {
        if (password.codePointCount(0, password.length()) < MIN_LENGTH) {
            return "password.tooShort";
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (COMMON.contains(lower) || lower.codePoints().distinct().count() == 1) {
            return "password.common";
        }
        if (username != null && !username.isBlank() && lower.contains(username.toLowerCase(Locale.ROOT))) {
            return "password.containsUsername";
        }
        return null;
    }

    static int commonPasswords() {
        return COMMON.size();
    }

    private static Set<String> load() {
        Set<String> common = new HashSet<>(40_000);
        try (InputStream in = PasswordPolicy.class.getResourceAsStream("/security/common-passwords.txt")) {
            if (in == null) {
                throw new IllegalStateException("security/common-passwords.txt is missing from the classpath");
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = lines.readLine()) != null; ) {
                if (!line.isEmpty() && !line.startsWith("#")) {
                    common.add(line.toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(common);
    }
}

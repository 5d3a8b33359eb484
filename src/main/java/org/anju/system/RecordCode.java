package org.anju.system;

import java.util.regex.Pattern;

/**
 * The one grammar of the codes people give houses and households (cases are numbered by the
 * database and have none): 1 to 32 letters (Chinese included), digits, {@code -}, {@code _} and
 * {@code .}, starting with a letter or a digit, never {@code ..}. Everything else — {@code /},
 * {@code \}, {@code %}, {@code <}, {@code >}, spaces, control characters — is refused, because a
 * code is a path segment of {@code /api/houses/{code}} and must be reachable there as it was
 * stored. Used by the API forms ({@link JsonFields#code}) and the imports (the row and column).
 */
public final class RecordCode {

    /** The length of the {@code code} columns of {@code house} and {@code household}. */
    public static final int MAX_LENGTH = 32;

    private static final Pattern GRAMMAR = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}\\p{M}_.\\-]*");

    private RecordCode() {
    }

    /** {@code null} when {@code code} is a valid code, else the message key saying why not. */
    public static String problem(String code) {
        if (code.length() > MAX_LENGTH) {
            return "field.tooLong";
        }
        if (!GRAMMAR.matcher(code).matches() || code.contains("..")) {
            return "code.grammar";
        }
        return null;
    }
}

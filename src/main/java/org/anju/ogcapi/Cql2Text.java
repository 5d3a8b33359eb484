package org.anju.ogcapi;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.anju.system.FieldProblem;
import org.anju.system.InvalidInputException;
import org.geotools.api.filter.Filter;
import org.geotools.filter.text.cql2.CQLException;
import org.geotools.filter.text.ecql.ECQL;

/**
 * Parses a CQL2-text filter with GeoTools' ECQL parser. ECQL is the older dialect CQL2 grew from;
 * the few CQL2 spellings ECQL does not know are rewritten first, outside string literals only:
 * {@code S_INTERSECTS(…)} and the other {@code S_} spatial functions become ECQL's
 * {@code INTERSECTS(…)}; {@code DATE('…')} and {@code TIMESTAMP('…')} become plain string literals,
 * which the property's type turns into a date. Everything the parser accepts is then checked by
 * {@link CqlToSql}; the text itself never reaches the database.
 */
final class Cql2Text {

    private static final Pattern SPATIAL = Pattern.compile(
            "\\bS_(INTERSECTS|WITHIN|CONTAINS|DISJOINT|TOUCHES|CROSSES|OVERLAPS|EQUALS)\\s*\\(", Pattern.CASE_INSENSITIVE);
    private static final Pattern TIME_LITERAL = Pattern.compile("\\b(?:DATE|TIMESTAMP)\\s*\\(\\s*$",
            Pattern.CASE_INSENSITIVE);
    /** Longest filter accepted, in characters (a village outline fits; a county outline does not belong in a URL). */
    static final int MAX_LENGTH = 100_000;

    private Cql2Text() {
    }

    /** @throws InvalidInputException (400) with the parser's message when the text is not CQL2 */
    static Filter parse(String text) {
        if (text.length() > MAX_LENGTH) {
            throw InvalidInputException.badRequest(new FieldProblem("filter", text.substring(0, 80) + "…",
                    "ogcapi.filter.tooLong", MAX_LENGTH));
        }
        try {
            return ECQL.toFilter(toEcql(text));
        } catch (CQLException | RuntimeException e) {
            String message = String.valueOf(e.getMessage()).lines().findFirst().orElse("").strip();
            throw InvalidInputException.badRequest(new FieldProblem("filter", text, "ogcapi.filter.syntax", message));
        }
    }

    /** The CQL2 text with the rewrites above; string literals and quoted names unchanged. */
    static String toEcql(String cql2) {
        StringBuilder out = new StringBuilder(cql2.length());
        int i = 0;
        while (i < cql2.length()) {
            char c = cql2.charAt(i);
            if (c == '\'' || c == '"') {
                int end = closing(cql2, i, c);
                String literal = cql2.substring(i, end);
                Matcher time = TIME_LITERAL.matcher(out);
                if (c == '\'' && time.find()) {
                    int close = cql2.indexOf(')', end);
                    if (close >= 0 && cql2.substring(end, close).isBlank()) {
                        out.setLength(time.start());
                        out.append(literal);
                        i = close + 1;
                        continue;
                    }
                }
                out.append(literal);
                i = end;
            } else {
                int next = nextQuote(cql2, i);
                out.append(SPATIAL.matcher(cql2.substring(i, next)).replaceAll(m -> m.group(1).toUpperCase(Locale.ROOT) + "("));
                i = next;
            }
        }
        return out.toString();
    }

    /** Index after the literal starting at {@code start} (doubled quotes are escapes). */
    private static int closing(String text, int start, char quote) {
        int i = start + 1;
        while (i < text.length()) {
            if (text.charAt(i) == quote) {
                if (i + 1 < text.length() && text.charAt(i + 1) == quote) {
                    i += 2;
                    continue;
                }
                return i + 1;
            }
            i++;
        }
        return text.length();
    }

    private static int nextQuote(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\'' || c == '"') {
                return i;
            }
        }
        return text.length();
    }
}

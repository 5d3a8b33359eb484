package org.anju.export;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * dBASE field names for column keys: at most 10 ASCII bytes, unique ignoring case (readers differ in
 * case handling). A key is cut to 10 characters and trailing underscores are dropped
 * ({@code household_id} → {@code household}); a clash gets {@code _2}, {@code _3}, … within the
 * 10 characters ({@code household_name} → {@code househol_2}). {@code PK} and {@code THE_GEOM} are
 * avoided because H2GIS's SHPREAD adds columns of those names.
 */
final class DbfFieldNames {

    static final int MAX_LENGTH = 10;
    private static final Set<String> RESERVED = Set.of("PK", "THE_GEOM");

    private DbfFieldNames() {
    }

    /** Field names in key order. Keys must be ASCII snake_case, as {@link Column} ensures. */
    static List<String> derive(List<String> keys) {
        Set<String> taken = new HashSet<>(RESERVED);
        List<String> names = new ArrayList<>(keys.size());
        for (String key : keys) {
            String candidate = cut(key, MAX_LENGTH);
            for (int n = 2; !taken.add(candidate.toUpperCase(Locale.ROOT)); n++) {
                String suffix = "_" + n;
                candidate = cut(key, MAX_LENGTH - suffix.length()) + suffix;
            }
            names.add(candidate);
        }
        return names;
    }

    private static String cut(String key, int length) {
        String cut = key.length() <= length ? key : key.substring(0, length);
        int end = cut.length();
        while (end > 1 && cut.charAt(end - 1) == '_') {
            end--;
        }
        return cut.substring(0, end);
    }
}

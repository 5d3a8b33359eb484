package org.anju.household;

import java.util.Locale;
import java.util.Optional;

/**
 * The household facts that put a house first in line for checks and help, besides the six target
 * categories (DOMAIN.md, seed 002: households with disabled members, military families and veterans,
 * elderly people living alone). Each is a boolean column of {@code household}.
 */
public enum PriorityFlag {
    DISABLED_MEMBER("disabled_member"),
    MILITARY_FAMILY("military_family"),
    VETERAN("veteran"),
    ELDERLY_ALONE("elderly_alone");

    private final String column;

    PriorityFlag(String column) {
        this.column = column;
    }

    /** The boolean column of {@code household} that holds the flag. */
    public String column() {
        return column;
    }

    /** The flag named {@code text}: its enum name or its column name, any case. */
    public static Optional<PriorityFlag> fromText(String text) {
        String key = text.strip().toUpperCase(Locale.ROOT);
        for (PriorityFlag flag : values()) {
            if (flag.name().equals(key) || flag.column.toUpperCase(Locale.ROOT).equals(key)) {
                return Optional.of(flag);
            }
        }
        return Optional.empty();
    }
}

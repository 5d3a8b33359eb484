package org.anju.search;

/**
 * The text backwards, for H2: H2 has no {@code REVERSE}, so migration V17_1 declares this as the
 * deterministic SQL function {@code ANJU_REVERSE} behind the generated column {@code house.code_reversed}
 * (PostgreSQL uses its own {@code reverse}). A tail of a code is then a prefix of that column.
 */
public final class ReversedText {

    private ReversedText() {
    }

    /** {@code "140825-H10"} → {@code "01H-528041"}; {@code null} stays {@code null}. */
    public static String of(String text) {
        return text == null ? null : new StringBuilder(text).reverse().toString();
    }
}

package org.anju.search;

/** How a hit matches the text, best first: the search lists exact matches before the others. */
enum Match {
    /** The whole code or name is the text. */
    EXACT,
    /** The code or name starts with the text. */
    PREFIX,
    /** A house code ends with the text ("0019" for 140825100201-0019). */
    TAIL,
    /** The name contains the text somewhere else. */
    CONTAINS;

    static Match of(String value, String text) {
        if (value.equalsIgnoreCase(text)) {
            return EXACT;
        }
        return value.toUpperCase(java.util.Locale.ROOT).startsWith(text.toUpperCase(java.util.Locale.ROOT)) ? PREFIX : CONTAINS;
    }
}

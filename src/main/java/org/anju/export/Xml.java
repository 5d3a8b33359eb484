package org.anju.export;

/** Escaping for XML text and attributes (also used for HTML inside KML descriptions). */
final class Xml {

    private Xml() {
    }

    /**
     * Escapes {@code & < > " '} and drops characters XML 1.0 does not allow (control characters other
     * than tab, line feed and carriage return; unpaired surrogates; U+FFFE and U+FFFF).
     */
    static String escape(String text) {
        StringBuilder out = null;
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            String replacement = switch (c) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                case '\'' -> "&#39;";
                default -> allowed(text, i) ? null : "";
            };
            if (replacement != null && out == null) {
                out = new StringBuilder(length + 16).append(text, 0, i);
            }
            if (out != null) {
                if (replacement != null) {
                    out.append(replacement);
                } else {
                    out.append(c);
                }
            }
        }
        return out == null ? text : out.toString();
    }

    private static boolean allowed(String text, int i) {
        char c = text.charAt(i);
        if (c < 0x20) {
            return c == '\t' || c == '\n' || c == '\r';
        }
        if (Character.isHighSurrogate(c)) {
            return i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
        }
        if (Character.isLowSurrogate(c)) {
            return i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
        }
        return c != 0xFFFE && c != 0xFFFF;
    }
}

package org.anju.privacy;

/**
 * The one place where personal data is masked (Personal Information Protection Law; DOMAIN.md §12).
 * Every API response and export that carries an ID number or a phone number passes it through here.
 * Masking keeps enough to recognise a record (region and last digits) and nothing to reuse it.
 */
public final class PersonalDataMask {

    private PersonalDataMask() {
    }

    /**
     * {@code 140825198003150012} → {@code 1408**********0012}. Values shorter than 9 characters are
     * fully starred; {@code null} stays {@code null}.
     */
    public static String idNumber(String idNumber) {
        return keepEnds(idNumber, 4, 4);
    }

    /** {@code 13812345678} → {@code 138****5678}; {@code null} stays {@code null}. */
    public static String phone(String phone) {
        return keepEnds(phone, 3, 4);
    }

    /**
     * A person's name as a map label shows it to whoever looks at the screen (KML placemark names):
     * the first and the last character kept, the ones between starred — {@code 张三明} → {@code 张*明},
     * {@code 欧阳娜娜} → {@code 欧**娜}; a two-character name keeps its family name ({@code 李娜} →
     * {@code 李*}); one character is starred. Counted in characters, not UTF-16 units, so a rare
     * character outside the BMP (𠮷) counts as one. Surrounding white space is dropped; {@code null}
     * stays {@code null}, blank becomes empty.
     */
    public static String name(String name) {
        if (name == null) {
            return null;
        }
        int[] characters = name.strip().codePoints().toArray();
        return switch (characters.length) {
            case 0 -> "";
            case 1 -> "*";
            case 2 -> new String(characters, 0, 1) + "*";
            default -> new String(characters, 0, 1) + "*".repeat(characters.length - 2)
                    + new String(characters, characters.length - 1, 1);
        };
    }

    private static String keepEnds(String value, int head, int tail) {
        if (value == null) {
            return null;
        }
        String v = value.strip();
        if (v.length() <= head + tail) {
            return "*".repeat(v.length());
        }
        return v.substring(0, head) + "*".repeat(v.length() - head - tail) + v.substring(v.length() - tail);
    }
}

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

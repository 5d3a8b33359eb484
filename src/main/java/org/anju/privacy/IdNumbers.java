package org.anju.privacy;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Checks resident identity card numbers (居民身份证号码, GB 11643-1999): 18 characters,
 * 6-digit region, 8-digit birth date, 3-digit sequence, and an ISO 7064 MOD 11-2 check character.
 */
public final class IdNumbers {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};

    private IdNumbers() {
    }

    /**
     * Why {@code idNumber} is not a valid 18-character ID number, or empty when it is valid.
     * The reason is a message key of the {@code messages} bundle.
     */
    public static Optional<String> problem(String idNumber) {
        if (idNumber == null || !idNumber.matches("[0-9]{17}[0-9X]")) {
            return Optional.of("idNumber.form");
        }
        try {
            LocalDate.of(Integer.parseInt(idNumber.substring(6, 10)),
                    Integer.parseInt(idNumber.substring(10, 12)), Integer.parseInt(idNumber.substring(12, 14)));
        } catch (DateTimeException e) {
            return Optional.of("idNumber.birthDate");
        }
        if (checkCharacter(idNumber) != idNumber.charAt(17)) {
            return Optional.of("idNumber.checksum");
        }
        return Optional.empty();
    }

    /** The check character for the first 17 digits of {@code idNumber}. */
    public static char checkCharacter(String idNumber) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (idNumber.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK[sum % 11];
    }
}

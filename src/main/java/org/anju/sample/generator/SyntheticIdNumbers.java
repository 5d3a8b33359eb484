package org.anju.sample.generator;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.anju.privacy.IdNumbers;

/**
 * Issues synthetic 18-digit resident ID numbers (居民身份证号码, GB 11643-1999): region code
 * {@value #REGION}, birth date, a 3-digit sequence (odd for men, even for women) and the check
 * character of {@link IdNumbers#checkCharacter}. Numbers are unique within one generator run.
 *
 * <p>The region code 140899 belongs to no county in GB/T 2260 (运城市's county-level codes end
 * at 140882), so no issued ID card carries it and no generated number can be a real person's;
 * yet every number passes {@link IdNumbers#problem} (valid form, birth date and checksum).
 */
final class SyntheticIdNumbers {

    static final String REGION = "140899";
    /** Sequence numbers per birth date and sex: 499, a prime, so the stride visits them all. */
    private static final int SEQUENCES_PER_DAY = 499;
    private static final int STRIDE = 37;
    private static final DateTimeFormatter BASIC_DATE = DateTimeFormatter.BASIC_ISO_DATE;

    private final Map<Long, Integer> issued = new HashMap<>();

    /**
     * A new number for a person born on {@code birthDate}. If all 499 sequence numbers of that
     * date and sex are taken, the next day is used, so the printed birth date can be a day or
     * two later than asked for in an enormous county.
     */
    String next(LocalDate birthDate, boolean male) {
        LocalDate date = birthDate;
        while (true) {
            long key = date.toEpochDay() * 2 + (male ? 1 : 0);
            int count = issued.getOrDefault(key, 0);
            if (count < SEQUENCES_PER_DAY) {
                issued.put(key, count + 1);
                int index = (int) Math.floorMod(date.toEpochDay() * 131 + (long) STRIDE * count, (long) SEQUENCES_PER_DAY);
                int sequence = male ? 2 * index + 1 : 2 * index + 2;
                String body = REGION + date.format(BASIC_DATE) + String.format(Locale.ROOT, "%03d", sequence);
                return body + IdNumbers.checkCharacter(body);
            }
            date = date.plusDays(1);
        }
    }
}

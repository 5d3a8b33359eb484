package org.anju.sample.generator;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Synthetic 11-digit mobile numbers with a real-looking operator prefix (13x, 15x, 18x …) and
 * eight random digits. China has no number range reserved for fiction, so a drawn number may be
 * in service by chance; it is not derived from or linked to anybody. Do not call or text them.
 */
final class PhoneNumbers {

    private static final List<String> PREFIXES = List.of(
            "130", "131", "132", "133", "134", "135", "136", "137", "138", "139",
            "150", "151", "152", "153", "155", "156", "157", "158", "159",
            "166", "173", "175", "176", "177", "178",
            "180", "181", "182", "183", "184", "185", "186", "187", "188", "189", "198", "199");

    private PhoneNumbers() {
    }

    static String next(SplittableRandom random) {
        StringBuilder phone = new StringBuilder(11).append(Draw.pick(random, PREFIXES));
        for (int i = 0; i < 8; i++) {
            phone.append((char) ('0' + random.nextInt(10)));
        }
        return phone.toString();
    }
}

package org.anju.sample.generator;

/**
 * Fixed-point formatting of numbers for the output files, independent of locale and of
 * {@link Double#toString}: at most the given number of decimals, trailing zeros dropped
 * ({@code 111.2200000 → "111.22"}, {@code 35.0 → "35"}).
 */
final class Decimals {

    private static final long[] POWERS = {1L, 10L, 100L, 1_000L, 10_000L, 100_000L, 1_000_000L, 10_000_000L};

    private Decimals() {
    }

    /** A coordinate with {@link Grid#DECIMALS} decimals at most. */
    static String coordinate(double value) {
        return format(value, Grid.DECIMALS);
    }

    /**
     * {@code value} rounded half-up to {@code decimals} (0–7) decimals, trailing zeros removed.
     *
     * @throws IllegalArgumentException for NaN or infinite values
     */
    static String format(double value, int decimals) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            throw new IllegalArgumentException("not a finite number: " + value);
        }
        long scale = POWERS[decimals];
        long units = Math.round(Math.abs(value) * scale);
        boolean negative = value < 0 && units != 0;
        long whole = units / scale;
        long fraction = units % scale;
        StringBuilder text = new StringBuilder(24);
        if (negative) {
            text.append('-');
        }
        text.append(whole);
        if (fraction != 0) {
            String digits = Long.toString(fraction + scale).substring(1);
            int end = digits.length();
            while (digits.charAt(end - 1) == '0') {
                end--;
            }
            text.append('.').append(digits, 0, end);
        }
        return text.toString();
    }
}

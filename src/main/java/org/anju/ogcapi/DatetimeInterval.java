package org.anju.ogcapi;

import java.time.LocalDate;

/**
 * The {@code datetime} parameter of OGC API – Features: an instant ({@code 2024-03-01} or
 * {@code 2024-03-01T08:00:00Z}) or an interval {@code start/end} where either end may be open
 * ({@code ..} or empty). Anju's times are dates, so date-times are taken as their UTC date and an
 * instant is the interval of that one day.
 *
 * @param start first day, inclusive, or null
 * @param end   last day, inclusive, or null
 */
record DatetimeInterval(LocalDate start, LocalDate end) {

    /** @throws IllegalArgumentException naming what is wrong */
    static DatetimeInterval parse(String text) {
        String value = text.strip();
        int slash = value.indexOf('/');
        if (slash < 0) {
            LocalDate day = PropertyType.parseDate(value);
            return new DatetimeInterval(day, day);
        }
        LocalDate start = bound(value.substring(0, slash));
        LocalDate end = bound(value.substring(slash + 1));
        if (start == null && end == null) {
            throw new IllegalArgumentException("both ends open");
        }
        if (start != null && end != null && end.isBefore(start)) {
            throw new IllegalArgumentException("end before start");
        }
        return new DatetimeInterval(start, end);
    }

    private static LocalDate bound(String text) {
        String value = text.strip();
        return value.isEmpty() || value.equals("..") ? null : PropertyType.parseDate(value);
    }
}

package org.anju.area;

/**
 * A 12-digit statistical division code (统计用区划代码): province 2, city 2, county 2, township 3,
 * village 3 digits. Every village below an area shares the area's significant prefix, so
 * "all villages of township T" is the code range {@link #firstVillage()}..{@link #lastVillage()} —
 * a plain B-tree range scan, no join, at any scale.
 */
public record AdminCode(String value) {

    public AdminCode {
        if (value == null || !value.matches("[0-9]{12}")) {
            throw new IllegalArgumentException("an administrative code has 12 digits");
        }
    }

    public static boolean isValid(String value) {
        return value != null && value.matches("[0-9]{12}");
    }

    /** The level the code's zero padding implies (a village code never ends in "000"). */
    public AreaLevel level() {
        if (value.endsWith("0000000000")) {
            return AreaLevel.PROVINCE;
        }
        if (value.endsWith("00000000")) {
            return AreaLevel.CITY;
        }
        if (value.endsWith("000000")) {
            return AreaLevel.COUNTY;
        }
        if (value.endsWith("000")) {
            return AreaLevel.TOWNSHIP;
        }
        return AreaLevel.VILLAGE;
    }

    /** The code of the county this code lies in (itself for a county). */
    public AdminCode county() {
        return new AdminCode(value.substring(0, 6) + "000000");
    }

    /**
     * The code of the area one level up in the hierarchy — a village's township, a township's
     * county, a county's city, a city's province — or {@code null} for a province.
     */
    public AdminCode parent() {
        AreaLevel level = level();
        if (level == AreaLevel.PROVINCE) {
            return null;
        }
        int digits = AreaLevel.values()[level.ordinal() - 1].significantDigits();
        return new AdminCode(value.substring(0, digits) + "0".repeat(12 - digits));
    }

    private String prefix() {
        return value.substring(0, level().significantDigits());
    }

    /** Lowest code of any area inside this one (inclusive). */
    public String firstVillage() {
        String p = prefix();
        return p + "0".repeat(12 - p.length());
    }

    /** Highest code of any area inside this one (inclusive). */
    public String lastVillage() {
        String p = prefix();
        return p + "9".repeat(12 - p.length());
    }
}

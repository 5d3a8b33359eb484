package org.anju.geo;

import java.util.Locale;

/**
 * A longitude/latitude bounding box in CGCS2000, as in OGC API – Features:
 * {@code minLon,minLat,maxLon,maxLat}.
 */
public record Bbox(double minLon, double minLat, double maxLon, double maxLat) {

    public Bbox {
        if (!(minLon <= maxLon && minLat <= maxLat)) {
            throw new IllegalArgumentException("min must not exceed max");
        }
        if (minLon < -180 || maxLon > 180 || minLat < -90 || maxLat > 90) {
            throw new IllegalArgumentException("outside longitude/latitude range");
        }
    }

    /**
     * Parses {@code "minLon,minLat,maxLon,maxLat"}.
     *
     * @throws IllegalArgumentException with a message naming what is wrong
     */
    public static Bbox parse(String text) {
        String[] parts = text.split(",");
        if (parts.length != 4) {
            throw new IllegalArgumentException("expected 4 numbers minLon,minLat,maxLon,maxLat, got " + parts.length);
        }
        double[] values = new double[4];
        for (int i = 0; i < 4; i++) {
            try {
                values[i] = Double.parseDouble(parts[i].trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("not a number: '" + parts[i].trim() + "'");
            }
            if (!Double.isFinite(values[i])) {
                throw new IllegalArgumentException("not a finite number: '" + parts[i].trim() + "'");
            }
        }
        return new Bbox(values[0], values[1], values[2], values[3]);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%s,%s,%s,%s", minLon, minLat, maxLon, maxLat);
    }
}

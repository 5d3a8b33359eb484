package org.anju.hazard;

/**
 * Limits of a disaster footprint that hold however it arrives ({@code POST /api/disasters} or a
 * file through {@code POST /api/imports}). Each part is stored as {@link org.anju.geo.PolygonalArea}
 * says; {@code severity} is a class name of at most 50 characters, {@code severity_rank} 0–100
 * (higher = worse; the emergency summary gives each house the highest rank that reaches it).
 */
public final class DisasterFootprints {

    /** At most this many vertices in one event: a footprint is a map, not a survey raster. */
    public static final int MAX_VERTICES = 500_000;

    public static final int MAX_SEVERITY_LENGTH = 50;

    public static final int MAX_SEVERITY_RANK = 100;

    private DisasterFootprints() {
    }
}

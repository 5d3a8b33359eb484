package org.anju.casework.inspection;

import java.util.ArrayList;
import java.util.List;

/**
 * What the position sent with a field result says about it: its distance to the house (great circle,
 * metres) and the reasons to look at it again (待核查), which never refuse it:
 * {@code FAR} — farther from the house than {@link FieldWorkProperties#reviewDistanceMetres};
 * {@code POOR_ACCURACY} — the phone's accuracy is worse than {@link FieldWorkProperties#reviewAccuracyMetres}.
 * A result without a position has no distance and no reason (it says so itself: no position); an
 * accuracy without a position is ignored.
 *
 * @param distanceMetres null without a position (of the phone or of the house)
 * @param review         the reasons, in this order; empty when none
 */
record ResultEvidence(Double distanceMetres, List<String> review) {

    static final String FAR = "FAR";
    static final String POOR_ACCURACY = "POOR_ACCURACY";

    static ResultEvidence of(Double houseLon, Double houseLat, Double lon, Double lat, Double accuracyMetres,
                             FieldWorkProperties settings) {
        List<String> review = new ArrayList<>();
        Double distance = null;
        if (lon != null && lat != null && houseLon != null && houseLat != null) {
            distance = metresBetween(houseLon, houseLat, lon, lat);
            if (distance > settings.reviewDistanceMetres()) {
                review.add(FAR);
            }
        }
        if (lon != null && accuracyMetres != null && accuracyMetres > settings.reviewAccuracyMetres()) {
            review.add(POOR_ACCURACY);
        }
        return new ResultEvidence(distance, List.copyOf(review));
    }

    /** The reasons as stored ({@code FAR,POOR_ACCURACY}), or null when none. */
    String stored() {
        return review.isEmpty() ? null : String.join(",", review);
    }

    static List<String> parse(String stored) {
        return stored == null || stored.isBlank() ? List.of() : List.of(stored.split(","));
    }

    /** Haversine on the mean Earth radius: within 0.5 % of the ellipsoidal distance, plenty for "200 m". */
    static double metresBetween(double lon1, double lat1, double lon2, double lat2) {
        double rad = Math.PI / 180;
        double dLat = (lat2 - lat1) * rad;
        double dLon = (lon2 - lon1) * rad;
        double h = Math.pow(Math.sin(dLat / 2), 2)
                + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.pow(Math.sin(dLon / 2), 2);
        return 2 * 6_371_008.8 * Math.asin(Math.sqrt(h));
    }
}

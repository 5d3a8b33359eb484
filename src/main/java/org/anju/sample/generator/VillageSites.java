package org.anju.sample.generator;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.locationtech.jts.algorithm.locate.IndexedPointInAreaLocator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.geom.Polygon;

/**
 * Places village centres by dart throwing (a Poisson-disk sample): the nine township seats
 * first, then random points that keep a minimum distance from every earlier centre, stay
 * {@value #OUTLINE_MARGIN_METRES} m inside the county and away from the river, and are accepted
 * more often on the valley plain than on the tableland or in the foothills. Around the county
 * seat villages are packed closer. Each village then belongs to the township whose seat is
 * nearest (distance divided by the township's reach).
 */
final class VillageSites {

    private static final double OUTLINE_MARGIN_METRES = 500;
    private static final double SEAT_AREA_METRES = 4_000;
    private static final int FAILURES_BEFORE_SHRINKING = 3_000;

    private VillageSites() {
    }

    /**
     * @param count number of villages, at least the number of townships
     * @return {@code count} sites, township seats first, in placement order
     */
    static List<VillageSite> place(int count, Polygon outline, FenRiver river, SplittableRandom random) {
        Geometry outlineMetres = LocalProjection.toMetres(outline);
        Geometry inner = outlineMetres.buffer(-OUTLINE_MARGIN_METRES);
        IndexedPointInAreaLocator inside = new IndexedPointInAreaLocator(inner);
        Envelope box = inner.getEnvelopeInternal();
        Coordinate countySeat = LocalProjection.toMetres(CountySetting.SEAT_LON, CountySetting.SEAT_LAT);

        List<Coordinate> centres = new ArrayList<>();
        List<Township> townships = new ArrayList<>();
        for (Township t : CountySetting.TOWNSHIPS) {
            centres.add(t.seatMetres());
            townships.add(t);
        }
        double spacing = 0.62 * StrictMath.sqrt(outlineMetres.getArea() / count);
        int failures = 0;
        while (centres.size() < count) {
            Coordinate candidate = new Coordinate(
                    Draw.between(random, box.getMinX(), box.getMaxX()),
                    Draw.between(random, box.getMinY(), box.getMaxY()));
            boolean nearSeat = candidate.distance(countySeat) < SEAT_AREA_METRES;
            double acceptance = nearSeat ? 1.0 : densityOf(candidate);
            boolean accepted = Draw.chance(random, acceptance)
                    && inside.locate(candidate) == Location.INTERIOR
                    && !river.tooCloseForVillage(candidate)
                    && farFromAll(candidate, centres, nearSeat ? 0.6 * spacing : spacing);
            if (accepted) {
                centres.add(candidate);
                townships.add(nearestTownship(candidate));
                failures = 0;
            } else if (++failures >= FAILURES_BEFORE_SHRINKING) {
                spacing *= 0.93;
                failures = 0;
            }
        }
        List<VillageSite> sites = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            sites.add(new VillageSite(centres.get(i), townships.get(i), i < CountySetting.TOWNSHIPS.size()));
        }
        return sites;
    }

    /** Relative settlement density by landform: the valley plain is the most densely settled. */
    private static double densityOf(Coordinate metres) {
        Coordinate lonLat = LocalProjection.toLonLat(metres.x, metres.y);
        return switch (Landform.at(lonLat.x, lonLat.y)) {
            case FEN_VALLEY -> 1.0;
            case EMEI_TABLELAND -> 0.75;
            case NORTHERN_FOOTHILLS -> 0.55;
        };
    }

    private static boolean farFromAll(Coordinate candidate, List<Coordinate> centres, double minimum) {
        for (Coordinate c : centres) {
            if (c.distance(candidate) < minimum) {
                return false;
            }
        }
        return true;
    }

    static Township nearestTownship(Coordinate metres) {
        Township best = null;
        double bestScore = Double.POSITIVE_INFINITY;
        for (Township t : CountySetting.TOWNSHIPS) {
            double score = t.seatMetres().distance(metres) / t.reach();
            if (score < bestScore) {
                bestScore = score;
                best = t;
            }
        }
        return best;
    }
}

package org.anju.sample.generator;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

import org.locationtech.jts.algorithm.locate.IndexedPointInAreaLocator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.operation.distance.IndexedFacetDistance;

/**
 * Places the houses of one village in 1–3 hamlets (自然村): the main hamlet around the village
 * site, the others up to 1.5 km away. A hamlet is a compact, slightly elongated patch (about
 * 330 m² of land per house, 220 m² near the county seat) with a lobed, ragged edge, along a
 * street grid roughly aligned north–south; houses stand at least 11 m apart (9 m near the county
 * seat). Where the patch does not fit — at the river, the village boundary — it spreads out.
 *
 * <p>Every position is on the output grid, strictly inside the village boundary, outside the
 * river channel, and not on the boundary of any flood part, seismic zone or the check box, so
 * "which area contains this house" has one answer whatever predicate a reader uses.
 *
 * <p>Houses are returned in address order: by hamlet, then row by row from north to south along
 * the street grid.
 */
final class HousePlacement {

    private static final double PLOT_AREA_M2 = 330;
    private static final double COUNTY_SEAT_PLOT_AREA_M2 = 220;
    private static final double RAGGED_EDGE = 0.12;
    private static final double MIN_SPACING_M = 11;
    private static final double COUNTY_SEAT_MIN_SPACING_M = 9;
    private static final double ROW_DEPTH_M = 40;
    private static final int ATTEMPTS_PER_ROUND = 40;
    private static final int RELAXATION_ROUNDS = 12;

    private final FenRiver river;
    private final HazardMap hazards;

    HousePlacement(FenRiver river, HazardMap hazards) {
        this.river = river;
        this.hazards = hazards;
    }

    List<HouseSite> place(Village village, int houses, SplittableRandom random) {
        IndexedPointInAreaLocator inVillage = new IndexedPointInAreaLocator(village.boundary());
        List<Hamlet> hamlets = planHamlets(village, houses, inVillage, random);
        SpacingIndex spacing = new SpacingIndex(MIN_SPACING_M);
        double minimum = village.nearCountySeat() ? COUNTY_SEAT_MIN_SPACING_M : MIN_SPACING_M;

        List<Placed> placed = new ArrayList<>(houses);
        for (Hamlet hamlet : hamlets) {
            for (int i = 0; i < hamlet.houses; i++) {
                placed.add(placeOne(village, hamlet, inVillage, spacing, minimum, random));
            }
        }
        placed.sort(Comparator.comparingInt((Placed p) -> p.hamlet.index)
                .thenComparingLong(p -> -(long) StrictMath.floor(p.across / ROW_DEPTH_M))
                .thenComparingDouble(p -> p.along)
                .thenComparingDouble(p -> p.lonLat.x)
                .thenComparingDouble(p -> p.lonLat.y));
        List<HouseSite> sites = new ArrayList<>(houses);
        for (Placed p : placed) {
            sites.add(new HouseSite(p.lonLat, p.hamlet.index, p.hamlet.streetAngle));
        }
        return sites;
    }

    private List<Hamlet> planHamlets(Village village, int houses, IndexedPointInAreaLocator inVillage,
                                     SplittableRandom random) {
        int count = houses < 60 ? 1 : 1 + Draw.weightedIndex(random, new double[] {45, 38, 17});
        int[] sizes = new int[count];
        int remaining = houses;
        for (int i = 0; i < count - 1; i++) {
            double share = i == 0 ? Draw.between(random, 0.55, 0.8) : Draw.between(random, 0.55, 0.75);
            sizes[i] = Math.max(1, (int) StrictMath.round(remaining * share));
            remaining -= sizes[i];
        }
        sizes[count - 1] = remaining;

        Coordinate centre = LocalProjection.toMetres(village.site().x, village.site().y);
        IndexedFacetDistance toBoundary = new IndexedFacetDistance(LocalProjection.toMetres(village.boundary()).getBoundary());
        double plot = village.nearCountySeat() ? COUNTY_SEAT_PLOT_AREA_M2 : PLOT_AREA_M2;
        List<Hamlet> hamlets = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            double radius = StrictMath.sqrt(sizes[i] * plot / StrictMath.PI);
            Coordinate c = i == 0 ? centre : outlyingCentre(centre, radius, inVillage, toBoundary, random);
            double streetAngle = StrictMath.toRadians(Draw.between(random, -12, 12));
            double axis = Draw.chance(random, 0.5) ? streetAngle : streetAngle + StrictMath.PI / 2;
            double aspect = Draw.between(random, 1.1, 2.0);
            SmoothNoise outline = new SmoothNoise(random, new double[] {StrictMath.PI, 2 * StrictMath.PI / 3, StrictMath.PI / 2},
                    new double[] {0.22, 0.15, 0.08});
            hamlets.add(new Hamlet(i, c, sizes[i], streetAngle, axis,
                    radius * StrictMath.sqrt(aspect), radius / StrictMath.sqrt(aspect), outline));
        }
        return hamlets;
    }

    /** A centre for a smaller hamlet, far enough inside the village for the hamlet to fit; else the main centre. */
    private Coordinate outlyingCentre(Coordinate main, double radius, IndexedPointInAreaLocator inVillage,
                                      IndexedFacetDistance toBoundary, SplittableRandom random) {
        for (int attempt = 0; attempt < 60; attempt++) {
            double angle = Draw.between(random, 0, 2 * StrictMath.PI);
            double distance = Draw.between(random, 450, 1_500);
            Coordinate c = new Coordinate(main.x + distance * StrictMath.cos(angle), main.y + distance * StrictMath.sin(angle));
            if (isAllowed(toGrid(c), inVillage)
                    && toBoundary.distance(Grid.FACTORY.createPoint(c)) > 1.3 * radius + 50) {
                return c;
            }
        }
        return main;
    }

    private Placed placeOne(Village village, Hamlet hamlet, IndexedPointInAreaLocator inVillage,
                            SpacingIndex spacing, double minimum, SplittableRandom random) {
        double spread = 1.0;
        double gap = minimum;
        for (int round = 0; round < RELAXATION_ROUNDS; round++) {
            for (int attempt = 0; attempt < ATTEMPTS_PER_ROUND; attempt++) {
                double theta = Draw.between(random, 0, 2 * StrictMath.PI);
                double r = StrictMath.sqrt(random.nextDouble()) * spread * (1 + hamlet.outline.at(theta));
                double along = hamlet.radiusAlong * (r * StrictMath.cos(theta) + RAGGED_EDGE * Draw.gaussian(random));
                double across = hamlet.radiusAcross * (r * StrictMath.sin(theta) + RAGGED_EDGE * Draw.gaussian(random));
                double cos = StrictMath.cos(hamlet.axis);
                double sin = StrictMath.sin(hamlet.axis);
                Coordinate metres = new Coordinate(
                        hamlet.centre.x + along * cos - across * sin,
                        hamlet.centre.y + along * sin + across * cos);
                Coordinate lonLat = toGrid(metres);
                if (spacing.isClear(metres.x, metres.y, gap) && isAllowed(lonLat, inVillage)) {
                    spacing.add(metres.x, metres.y);
                    return placed(hamlet, metres, lonLat);
                }
            }
            spread *= 1.15;
            gap *= 0.85;
        }
        return anywhereInVillage(village, hamlet, inVillage, spacing, random);
    }

    /** Last resort for a crowded village: a uniform position anywhere inside the village. */
    private Placed anywhereInVillage(Village village, Hamlet hamlet, IndexedPointInAreaLocator inVillage,
                                     SpacingIndex spacing, SplittableRandom random) {
        Envelope box = village.boundary().getEnvelopeInternal();
        while (true) {
            Coordinate lonLat = new Coordinate(
                    Grid.round(Draw.between(random, box.getMinX(), box.getMaxX())),
                    Grid.round(Draw.between(random, box.getMinY(), box.getMaxY())));
            if (isAllowed(lonLat, inVillage)) {
                Coordinate metres = LocalProjection.toMetres(lonLat.x, lonLat.y);
                spacing.add(metres.x, metres.y);
                return placed(hamlet, metres, lonLat);
            }
        }
    }

    private boolean isAllowed(Coordinate lonLat, IndexedPointInAreaLocator inVillage) {
        return inVillage.locate(lonLat) == Location.INTERIOR
                && !river.inChannel(lonLat)
                && !hazards.onAnyBoundary(lonLat);
    }

    private static Coordinate toGrid(Coordinate metres) {
        Coordinate lonLat = LocalProjection.toLonLat(metres.x, metres.y);
        return new Coordinate(Grid.round(lonLat.x), Grid.round(lonLat.y));
    }

    private static Placed placed(Hamlet hamlet, Coordinate metres, Coordinate lonLat) {
        double dx = metres.x - hamlet.centre.x;
        double dy = metres.y - hamlet.centre.y;
        double cos = StrictMath.cos(hamlet.streetAngle);
        double sin = StrictMath.sin(hamlet.streetAngle);
        return new Placed(hamlet, lonLat, dx * cos + dy * sin, -dx * sin + dy * cos);
    }

    private record Hamlet(int index, Coordinate centre, int houses, double streetAngle, double axis,
                          double radiusAlong, double radiusAcross, SmoothNoise outline) {
    }

    /** A placed house with its position along and across the hamlet's street grid. */
    private record Placed(Hamlet hamlet, Coordinate lonLat, double along, double across) {
    }
}

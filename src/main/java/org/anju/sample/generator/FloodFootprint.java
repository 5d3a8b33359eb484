package org.anju.sample.generator;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.operation.union.UnaryUnionOp;
import org.locationtech.jts.precision.GeometryPrecisionReducer;

/**
 * The historical flood of the sample county: the October 2021 autumn flood of the Fen river
 * (2021年10月汾河秋汛, illustrative), along the river between {@value #FROM_LON}°E and
 * {@value #TO_LON}°E, past the county seat.
 *
 * <p>Each zone is a buffer of varying width around that stretch of the river, shifted towards
 * the lower north bank; the three zones are nested, and the parts written are disjoint: rank 3
 * (water deeper than 1.5 m) innermost, rank 2 a ring around it, rank 1 the outer ring. All parts
 * are clipped to the county.
 */
final class FloodFootprint {

    static final String EVENT_CODE = "FLOOD-2021-10";
    static final String EVENT_TYPE = "FLOOD";
    static final String EVENT_NAME = "2021年10月汾河秋汛洪涝（示意）";
    static final LocalDate STARTED_ON = LocalDate.of(2021, 10, 3);
    static final LocalDate ENDED_ON = LocalDate.of(2021, 10, 12);

    private static final double FROM_LON = 111.135;
    private static final double TO_LON = 111.305;
    private static final double SAMPLE_SPACING_METRES = 120;
    /** Zone widths relative to the outer zone, innermost first. */
    private static final double[] RELATIVE_WIDTH = {0.40, 0.68, 1.0};
    private static final String[] SEVERITY = {"水深>1.5m", "水深0.5–1.5m", "水深<0.5m"};
    private static final double NORTHWARD_SHIFT = 0.35;

    private static final GeometryFactory METRIC = new GeometryFactory();

    private FloodFootprint() {
    }

    /** The three parts, most severe (rank 3) first. */
    static List<FloodPart> build(FenRiver river, MultiPolygon county, SplittableRandom random) {
        List<Coordinate> stretch = stretch(river.centreLineMetres());
        SmoothNoise width = new SmoothNoise(random, new double[] {6_000, 2_300, 1_100}, new double[] {170, 90, 40});

        List<MultiPolygon> cumulative = new ArrayList<>();
        MultiPolygon inner = null;
        for (double relative : RELATIVE_WIDTH) {
            Geometry zone = LocalProjection.toLonLat(variableBuffer(stretch, width, relative));
            MultiPolygon clipped = Grid.intersection(GeometryPrecisionReducer.reduce(zone, Grid.PRECISION), county);
            inner = inner == null ? clipped : Grid.union(List.of(inner, clipped));
            cumulative.add(inner);
        }
        List<FloodPart> parts = new ArrayList<>();
        for (int i = 0; i < RELATIVE_WIDTH.length; i++) {
            MultiPolygon area = i == 0 ? cumulative.get(0) : Grid.difference(cumulative.get(i), cumulative.get(i - 1));
            parts.add(new FloodPart(SEVERITY[i], RELATIVE_WIDTH.length - i, area));
        }
        return List.copyOf(parts);
    }

    private static List<Coordinate> stretch(LineString centreLine) {
        double fromX = LocalProjection.toMetres(FROM_LON, LocalProjection.CENTRE_LAT).x;
        double toX = LocalProjection.toMetres(TO_LON, LocalProjection.CENTRE_LAT).x;
        List<Coordinate> points = new ArrayList<>();
        double sinceLast = Double.POSITIVE_INFINITY;
        Coordinate previous = null;
        for (Coordinate c : centreLine.getCoordinates()) {
            if (previous != null) {
                sinceLast += previous.distance(c);
            }
            previous = c;
            if (c.x >= fromX && c.x <= toX && sinceLast >= SAMPLE_SPACING_METRES) {
                points.add(c);
                sinceLast = 0;
            }
        }
        return points;
    }

    /** Union of the convex hulls of consecutive discs along the stretch; radius varies smoothly. */
    private static Geometry variableBuffer(List<Coordinate> stretch, SmoothNoise width, double relative) {
        List<Geometry> discs = new ArrayList<>();
        double along = 0;
        for (int i = 0; i < stretch.size(); i++) {
            if (i > 0) {
                along += stretch.get(i - 1).distance(stretch.get(i));
            }
            double outerRadius = 640 + width.at(along);
            double radius = outerRadius * relative;
            Coordinate c = stretch.get(i);
            discs.add(METRIC.createPoint(new Coordinate(c.x, c.y + NORTHWARD_SHIFT * radius)).buffer(radius, 8));
        }
        List<Geometry> hulls = new ArrayList<>();
        for (int i = 0; i + 1 < discs.size(); i++) {
            hulls.add(METRIC.createGeometryCollection(new Geometry[] {discs.get(i), discs.get(i + 1)}).convexHull());
        }
        return UnaryUnionOp.union(hulls);
    }
}

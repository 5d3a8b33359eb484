package org.anju.sample.generator;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.locationtech.jts.algorithm.locate.IndexedPointInAreaLocator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.geom.MultiLineString;
import org.locationtech.jts.operation.overlayng.OverlayNG;

/**
 * The Fen river (汾河): a meandering centre line through {@link CountySetting#FEN_RIVER}, with
 * lateral meanders of up to about ±350 m, and the zones around it that settlements avoid.
 *
 * <ul>
 *   <li>no house lies within {@value #HOUSE_SETBACK_METRES} m of the centre line (the channel and
 *       its banks);</li>
 *   <li>no village centre lies within {@value #VILLAGE_SETBACK_METRES} m of it.</li>
 * </ul>
 */
final class FenRiver {

    static final double HOUSE_SETBACK_METRES = 150;
    static final double VILLAGE_SETBACK_METRES = 450;
    private static final double VERTEX_SPACING_METRES = 40;

    private static final GeometryFactory METRIC = new GeometryFactory();

    private final LineString centreLineMetres;
    private final IndexedPointInAreaLocator houseSetback;
    private final IndexedPointInAreaLocator villageSetbackMetres;

    private FenRiver(LineString centreLineMetres) {
        this.centreLineMetres = centreLineMetres;
        Geometry setback = LocalProjection.toLonLat(centreLineMetres.buffer(HOUSE_SETBACK_METRES, 8));
        this.houseSetback = new IndexedPointInAreaLocator(setback);
        this.villageSetbackMetres = new IndexedPointInAreaLocator(centreLineMetres.buffer(VILLAGE_SETBACK_METRES, 8));
    }

    static FenRiver build(SplittableRandom random) {
        List<Coordinate> base = CatmullRom.open(LocalProjection.toMetres(CountySetting.FEN_RIVER), VERTEX_SPACING_METRES);
        SmoothNoise meander = new SmoothNoise(random,
                new double[] {3_100, 1_700, 900}, new double[] {200, 110, 40});
        return new FenRiver(METRIC.createLineString(meander.displaceSideways(base, false)));
    }

    /** The centre line in local metres ({@link LocalProjection}), longer than the county. */
    LineString centreLineMetres() {
        return centreLineMetres;
    }

    /** The part of the centre line inside the county, on the output grid. */
    MultiLineString insideCounty(Geometry county) {
        Geometry lonLat = Grid.roundVertices(LocalProjection.toLonLat(centreLineMetres));
        Geometry clipped = OverlayNG.overlay(lonLat, county, OverlayNG.INTERSECTION, Grid.PRECISION);
        List<LineString> lines = new ArrayList<>();
        for (int i = 0; i < clipped.getNumGeometries(); i++) {
            if (clipped.getGeometryN(i) instanceof LineString part) {
                lines.add(part);
            }
        }
        return Grid.FACTORY.createMultiLineString(lines.toArray(new LineString[0]));
    }

    /** True if a lon/lat position is in the channel or on its banks, where no house may stand. */
    boolean inChannel(Coordinate lonLat) {
        return houseSetback.locate(lonLat) != Location.EXTERIOR;
    }

    /** True if a position in local metres is too close to the river for a village centre. */
    boolean tooCloseForVillage(Coordinate metres) {
        return villageSetbackMetres.locate(metres) != Location.EXTERIOR;
    }
}

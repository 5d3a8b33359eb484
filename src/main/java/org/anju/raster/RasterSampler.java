package org.anju.raster;

import java.io.File;
import java.io.IOException;

import org.geotools.api.geometry.Bounds;
import org.geotools.api.referencing.FactoryException;
import org.geotools.api.referencing.crs.CoordinateReferenceSystem;
import org.geotools.api.referencing.operation.MathTransform;
import org.geotools.api.referencing.operation.TransformException;
import org.geotools.coverage.grid.GridCoverage2D;
import org.geotools.gce.geotiff.GeoTiffReader;
import org.geotools.geometry.Position2D;
import org.geotools.geometry.jts.ReferencedEnvelope;
import org.geotools.referencing.CRS;
import org.geotools.util.factory.Hints;

/**
 * Reads a GeoTIFF hazard layer with GeoTools and gives its value at lon/lat points (CGCS2000).
 * The raster may be in any CRS with an EPSG definition or a GeoTIFF geokey description; points are
 * transformed into it (longitude first throughout). Cells holding the raster's NoData value or NaN
 * have no value.
 */
final class RasterSampler implements AutoCloseable {

    /** What the raster covers, as a lon/lat box in CGCS2000, and its grid size. */
    record Extent(double minLon, double minLat, double maxLon, double maxLat, int width, int height, String crs) {
    }

    private final GeoTiffReader reader;
    private final GridCoverage2D coverage;
    private final MathTransform toRaster;
    private final Double noData;
    private final double[] pixel;
    private final Extent extent;

    RasterSampler(File geoTiff) throws IOException {
        reader = new GeoTiffReader(geoTiff, new Hints(Hints.FORCE_LONGITUDE_FIRST_AXIS_ORDER, Boolean.TRUE));
        coverage = reader.read(null);
        if (coverage == null) {
            throw new IOException("not a GeoTIFF raster");
        }
        CoordinateReferenceSystem rasterCrs = coverage.getCoordinateReferenceSystem2D();
        if (rasterCrs == null) {
            throw new IOException("the GeoTIFF has no coordinate reference system");
        }
        try {
            CoordinateReferenceSystem lonLat = CRS.decode("EPSG:4490", true);
            toRaster = CRS.findMathTransform(lonLat, rasterCrs, true);
            Bounds box = new ReferencedEnvelope(coverage.getEnvelope2D()).transform(lonLat, true);
            extent = new Extent(box.getMinimum(0), box.getMinimum(1), box.getMaximum(0), box.getMaximum(1),
                    coverage.getRenderedImage().getWidth(), coverage.getRenderedImage().getHeight(),
                    CRS.toSRS(rasterCrs));
        } catch (FactoryException | TransformException e) {
            throw new IOException("cannot relate the raster's CRS to CGCS2000: " + e.getMessage(), e);
        }
        double nd = reader.getMetadata() == null ? Double.NaN : reader.getMetadata().getNoData();
        noData = Double.isNaN(nd) ? null : nd;
        pixel = new double[coverage.getNumSampleDimensions()];
    }

    Extent extent() {
        return extent;
    }

    /**
     * The value of band 1 at (lon, lat), or NaN when the point is outside the raster or on a NoData
     * cell.
     */
    double valueAt(double lon, double lat) {
        try {
            double[] xy = {lon, lat};
            toRaster.transform(xy, 0, xy, 0, 1);
            Position2D position = new Position2D(coverage.getCoordinateReferenceSystem2D(), xy[0], xy[1]);
            if (!coverage.getEnvelope2D().contains(xy[0], xy[1])) {
                return Double.NaN;
            }
            double value = coverage.evaluate((org.geotools.api.geometry.Position) position, pixel)[0];
            return noData != null && value == noData ? Double.NaN : value;
        } catch (TransformException | RuntimeException e) {
            return Double.NaN;
        }
    }


    @Override
    public void close() {
        coverage.dispose(true);
        reader.dispose();
    }
}

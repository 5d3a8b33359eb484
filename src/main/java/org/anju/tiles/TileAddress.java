package org.anju.tiles;

import org.anju.system.FieldProblem;
import org.anju.system.InvalidInputException;

/**
 * A tile of the web map grid (EPSG:3857, XYZ numbering: x east from 180°W, y south from 85.05°N).
 * CGCS2000 and WGS 84 differ by centimetres, far below a pixel, so lon/lat are used as they are.
 */
record TileAddress(int z, int x, int y) {

    static final int MAX_ZOOM = 22;
    private static final double HALF_WORLD = 20037508.342789244;

    /** The tile, or a 400 naming the out-of-range coordinate. */
    static TileAddress of(int z, int x, int y) {
        if (z < 0 || z > MAX_ZOOM) {
            throw InvalidInputException.badRequest(new FieldProblem("z", z, "field.range", 0, MAX_ZOOM));
        }
        long n = 1L << z;
        if (x < 0 || x >= n) {
            throw InvalidInputException.badRequest(new FieldProblem("x", x, "field.range", 0, n - 1));
        }
        if (y < 0 || y >= n) {
            throw InvalidInputException.badRequest(new FieldProblem("y", y, "field.range", 0, n - 1));
        }
        return new TileAddress(z, x, y);
    }

    /** Tiles along each axis of the world at this zoom. */
    double tilesAcross() {
        return Math.pow(2, z);
    }

    /** Web Mercator metres of the tile's west edge plus {@code tiles} tile widths (may be fractional). */
    double mercatorX(double tiles) {
        return -HALF_WORLD + (x + tiles) * 2 * HALF_WORLD / tilesAcross();
    }

    /** Web Mercator metres of the tile's north edge moved {@code tiles} tile heights south. */
    double mercatorY(double tiles) {
        return HALF_WORLD - (y + tiles) * 2 * HALF_WORLD / tilesAcross();
    }

    /** Longitude of the tile's west edge plus {@code tiles} tile widths. */
    double lon(double tiles) {
        return (x + tiles) / tilesAcross() * 360 - 180;
    }

    /** Latitude of the tile's north edge moved {@code tiles} tile heights south. */
    double lat(double tiles) {
        double n = Math.PI * (1 - 2 * (y + tiles) / tilesAcross());
        return Math.toDegrees(Math.atan(Math.sinh(n)));
    }

    /** Position in the tile's extent ({@code 0…extent}, y down) of a lon/lat point. */
    double[] pixel(double lon, double lat, int extent) {
        double worldX = (lon + 180) / 360;
        double sin = Math.sin(Math.toRadians(lat));
        double worldY = 0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI);
        return new double[] {(worldX * tilesAcross() - x) * extent, (worldY * tilesAcross() - y) * extent};
    }

    @Override
    public String toString() {
        return z + "/" + x + "/" + y;
    }
}

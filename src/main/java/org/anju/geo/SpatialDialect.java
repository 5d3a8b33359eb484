package org.anju.geo;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;

import javax.sql.DataSource;

/**
 * The few places where PostGIS and H2GIS want different SQL for the same spatial test, side by
 * side. Everything else is written once, in the SQL both understand.
 */
public enum SpatialDialect {

    /**
     * PostGIS caches a prepared form of a polygon that {@code ST_Intersects} compares against many
     * points: 2,050 houses in a 383-vertex flood out of 50,000 in 0.13 s ({@code ST_DWithin(…, 0)}
     * takes twice as long).
     */
    POSTGIS("ST_Intersects(%1$s, %2$s)", "ST_Subdivide(%s, 64)", "MATERIALIZED "),

    /**
     * H2GIS evaluates {@code ST_Intersects} through a full relate: the same flood takes 3.2 s, while
     * {@code ST_DWithin(point, area, 0)} — true exactly when they intersect — takes 0.9 s.
     */
    H2GIS("ST_DWithin(%1$s, %2$s, 0)", "%s", "");

    private final String pointInArea;
    private final String smallPieces;
    private final String materialized;

    SpatialDialect(String pointInArea, String smallPieces, String materialized) {
        this.pointInArea = pointInArea;
        this.smallPieces = smallPieces;
        this.materialized = materialized;
    }

    /** SQL that is true when the point expression lies in or on the areal expression (both CGCS2000). */
    public String pointInArea(String point, String area) {
        return pointInArea.formatted(point, area);
    }

    /**
     * A select-list expression that yields the areal expression cut into pieces of at most 64
     * vertices, one row per piece, whose union is the area (PostGIS {@code ST_Subdivide}); H2GIS has
     * no such function and yields the area whole, one row. Distance and containment tests against
     * the pieces give the same answers as against the whole, with much smaller envelopes for the
     * index.
     */
    public String smallPieces(String area) {
        return smallPieces.formatted(area);
    }

    /**
     * The keyword that makes a CTE a computed-once table ({@code WITH x AS MATERIALIZED (…)}) where
     * the database would otherwise inline it into every use: PostgreSQL 12+; H2 takes none.
     */
    public String materialized() {
        return materialized;
    }

    /** The dialect of the database behind {@code dataSource}. */
    public static SpatialDialect of(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
            return product.contains("postgres") ? POSTGIS : H2GIS;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot tell the database product", e);
        }
    }
}

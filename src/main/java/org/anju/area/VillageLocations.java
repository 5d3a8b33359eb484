package org.anju.area;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.anju.geo.Cgcs2000;
import org.locationtech.jts.geom.Point;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Where to put a village on a map when a list names it: a point inside its boundary
 * ({@code ST_PointOnSurface}, always inside, unlike the centroid of a crescent-shaped village),
 * in CGCS2000 longitude/latitude. Used by the ranked village lists that field teams load into
 * phone map apps (KML) and GIS (GeoPackage, Shapefile).
 */
@Component
public class VillageLocations {

    /** Codes per query: keeps the bound IN list well below the drivers' parameter limits. */
    private static final int CHUNK = 1000;

    private final NamedParameterJdbcTemplate jdbc;

    VillageLocations(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * A point inside the boundary of each area in {@code codes}; an area without a boundary (or an
     * unknown code) is absent from the map.
     */
    public Map<String, Point> of(Collection<String> codes) {
        Map<String, Point> points = new HashMap<>();
        List<String> all = new ArrayList<>(codes);
        for (int from = 0; from < all.size(); from += CHUNK) {
            List<String> chunk = all.subList(from, Math.min(all.size(), from + CHUNK));
            jdbc.query(AreaSql.POINTS_ON_SURFACE, Map.of("codes", chunk), (RowCallbackHandler) rs ->
                    points.put(rs.getString("code"), Cgcs2000.point(rs.getDouble("lon"), rs.getDouble("lat"))));
        }
        return points;
    }
}

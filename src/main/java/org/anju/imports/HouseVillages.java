package org.anju.imports;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.anju.geo.Cgcs2000;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;

/**
 * The village of each imported house and the county check, in Java while the file streams (one
 * query per 5-km cell, per distinct village code or name and per county — not per row):
 * <ul>
 * <li>a 12-digit code must be a village of the database;</li>
 * <li>a name means the village of that name whose boundary holds the house, else the only village
 * of that name;</li>
 * <li>no village at all means the village whose boundary holds the house (the lowest code when the
 * house lies on the border of two);</li>
 * <li>the house must lie inside the boundary of its village's county (a county without boundary is
 * not tested).</li>
 * </ul>
 * A failed rule is a row error; the caches are bounded, so memory does not grow with the file.
 */
final class HouseVillages {

    private static final int MAX_CACHED = 10_000;

    private record County(String name, PreparedGeometry boundary) {
    }

    private final LookupConnection connection;
    private final VillageBoundaries boundaries;
    private final String villageColumn;
    private final Map<String, Optional<String>> levelOfCode = lru();
    private final Map<String, List<String>> villagesNamed = lru();
    private final Map<String, Optional<County>> counties = lru();
    private final WKBReader wkb = new WKBReader(Cgcs2000.GEOMETRIES);

    /**
     * @param connection    where the administrative areas are read (not the import's own connection,
     *                      which is busy with the COPY of the staged rows)
     * @param villageColumn the file's village column as named there, for the errors; {@code null} when none
     */
    HouseVillages(LookupConnection connection, String villageColumn) {
        this.connection = connection;
        this.boundaries = new VillageBoundaries(connection);
        this.villageColumn = villageColumn;
    }

    /**
     * The 12-digit code of the house's village, or {@code null} after adding the reason to
     * {@code check}.
     *
     * @param code     the village code the row gives, or {@code null}
     * @param name     the village name the row gives (when it gives no code), or {@code null}
     * @param location the house, CGCS2000
     */
    String villageOf(RowCheck check, String code, String name, Point location) {
        String village = code != null ? known(check, code) : name != null ? named(check, name, location) : at(check, location);
        if (village == null) {
            return null;
        }
        County county = counties.computeIfAbsent(village.substring(0, 6) + "000000", this::county).orElse(null);
        if (county != null && county.boundary() != null && !county.boundary().intersects(location)) {
            check.error("geometry", HouseImport.coordinates(location.getX(), location.getY()), "location.outsideCounty",
                    county.name());
            return null;
        }
        return village;
    }

    private String known(RowCheck check, String code) {
        Optional<String> level = levelOfCode.computeIfAbsent(code, c -> connection.jdbc().query(ImportSql.AREA_LEVEL, Map.of("code", c),
                rs -> rs.next() ? Optional.of(rs.getString("level")) : Optional.empty()));
        if (level.isEmpty()) {
            check.error(villageColumn, code, "village.unknown");
            return null;
        }
        if (!level.get().equals("VILLAGE")) {
            check.error(villageColumn, code, "village.notVillage");
            return null;
        }
        return code;
    }

    private String named(RowCheck check, String name, Point location) {
        for (VillageBoundaries.Village village : boundaries.at(location)) {
            if (village.name().equals(name)) {
                return village.code();
            }
        }
        List<String> codes = villagesNamed.computeIfAbsent(name,
                n -> connection.jdbc().queryForList(ImportSql.VILLAGES_NAMED, Map.of("name", n), String.class));
        if (codes.size() == 1) {
            return codes.get(0);
        }
        check.error(villageColumn, name, "import.village.nameUnknown");
        return null;
    }

    private String at(RowCheck check, Point location) {
        List<VillageBoundaries.Village> villages = boundaries.at(location);
        if (villages.isEmpty()) {
            check.error("geometry", null, "import.village.notFoundAtLocation");
            return null;
        }
        return villages.get(0).code();
    }

    private Optional<County> county(String code) {
        return connection.jdbc().query(ImportSql.COUNTY_BOUNDARY, Map.of("code", code), rs -> {
            if (!rs.next()) {
                return Optional.empty();
            }
            byte[] boundary = rs.getBytes("boundary");
            try {
                return Optional.of(new County(rs.getString("name"),
                        boundary == null ? null : PreparedGeometryFactory.prepare(wkb.read(boundary))));
            } catch (ParseException e) {
                throw new IllegalStateException("boundary of county " + code + ": " + e.getMessage(), e);
            }
        });
    }

    /** Cells of village boundaries read from the database (for the log). */
    long cellsLoaded() {
        return boundaries.cellsLoaded();
    }

    private static <V> Map<String, V> lru() {
        return new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, V> eldest) {
                return size() > MAX_CACHED;
            }
        };
    }
}

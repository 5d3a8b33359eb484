package org.anju.ogcapi;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.anju.export.GeometryKind;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.util.MultiValueMap;

/**
 * One layer (an OGC API collection, a download): what its features are and the SQL they come from.
 * The SELECT yields {@code fid} (feature id), {@code geom} (WKB, CGCS2000) and one column per
 * {@link LayerProperty} key; {@link LayerSql} adds conditions, order and paging.
 *
 * @param id           collection id in URLs, e.g. {@code houses}
 * @param title        Chinese title, e.g. 农房
 * @param description  what the layer holds
 * @param geometryKind points or multipolygons
 * @param select       {@code SELECT … FROM … joins} without WHERE
 * @param from         {@code FROM … joins} for counting
 * @param geometrySql  the geometry column, for bbox and spatial filters (spatially indexed)
 * @param idSql        the column identifying a feature
 * @param numericId    feature ids are numbers (else text codes)
 * @param order        {@code ORDER BY} expression, stable and unique
 * @param properties   the properties, in output order
 * @param temporal     the time of a feature for {@code datetime}, or null when the layer has none
 * @param nativeFilter the filters the layer's {@code /api} list accepts, or {@link NativeFilter#NONE}
 * @param personal     rows hold personal data that must be masked (households)
 * @param fileBase     Chinese base name of downloaded files
 * @param scopeSql     SQL of the 12-digit village code of a feature, where jurisdiction (issue 7)
 *                     restricts; null when the layer is not tied to villages
 */
record Layer(String id, String title, String description, GeometryKind geometryKind, String select, String from,
             String geometrySql, String idSql, boolean numericId, String order, List<LayerProperty> properties,
             Temporal temporal, NativeFilter nativeFilter, boolean personal, String fileBase, String scopeSql) {

    Layer {
        properties = List.copyOf(properties);
    }

    /** The queryable properties by key, in output order. */
    Map<String, LayerProperty> queryables() {
        Map<String, LayerProperty> queryables = new LinkedHashMap<>();
        properties.stream().filter(LayerProperty::queryable).forEach(p -> queryables.put(p.key(), p));
        return queryables;
    }

    /**
     * The time of a feature: a date, or an interval from start to end (end null = ongoing).
     *
     * @param startSql date column
     * @param endSql   date column of the interval's end, or null for instants
     */
    record Temporal(String startSql, String endSql) {
    }

    /** Filters of a layer's own {@code /api} list (e.g. {@code grade=C,D} on houses), reused as they are. */
    interface NativeFilter {

        NativeFilter NONE = new NativeFilter() {
            @Override
            public Set<String> parameters() {
                return Set.of();
            }

            @Override
            public List<String> conditions(MultiValueMap<String, String> params, MapSqlParameterSource sql) {
                return List.of();
            }
        };

        /** Parameter names this filter reads. */
        Set<String> parameters();

        /**
         * SQL conditions for the given parameters (only those of {@link #parameters()}), values bound.
         *
         * @throws org.anju.system.InvalidInputException when a parameter is malformed
         */
        List<String> conditions(MultiValueMap<String, String> params, MapSqlParameterSource sql);
    }
}

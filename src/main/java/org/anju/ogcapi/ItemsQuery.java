package org.anju.ogcapi;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.anju.geo.Bbox;
import org.anju.system.FieldProblem;
import org.anju.system.InvalidInputException;
import org.geotools.api.filter.Filter;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.util.MultiValueMap;

/**
 * One request for a layer's features, parsed and validated once: the SQL conditions of its filters
 * (values bound in {@link #params()}), the page and the response CRS. Filters combine with AND:
 * <ul>
 * <li>{@code bbox} (with {@code bbox-crs} CRS84, the default, or EPSG:4490 latitude first);</li>
 * <li>{@code datetime} (instant or interval) on the layer's time, 400 for layers without one;</li>
 * <li>{@code filter} in CQL2 text ({@code filter-lang} {@code cql2-text}, also {@code cql-text} as
 * GDAL 3.6 sends it; {@code filter-crs} CRS84 or EPSG:4490), see {@link CqlToSql};</li>
 * <li>{@code <queryable>=value} equality on any queryable (repeated = any of the values);</li>
 * <li>the layer's own list filters ({@link Layer.NativeFilter}), e.g. {@code grade=C,D}.</li>
 * </ul>
 * Any other parameter is refused with 400, as OGC API – Features requires.
 */
record ItemsQuery(List<String> conditions, MapSqlParameterSource params, int limit, long offset, OgcCrs crs) {

    /** Parameters of the items resource itself. */
    static final Set<String> ITEMS_PARAMETERS = Set.of("limit", "offset", "bbox", "bbox-crs", "datetime", "filter",
            "filter-lang", "filter-crs", "crs", "f");
    /** Parameters of a download (crs = output EPSG code, encoding = Shapefile attribute encoding). */
    static final Set<String> DOWNLOAD_PARAMETERS = Set.of("limit", "offset", "bbox", "datetime", "filter",
            "filter-lang", "filter-crs", "crs", "encoding");

    /** Parses an OGC API items request. */
    static ItemsQuery forItems(Layer layer, MultiValueMap<String, String> params, OgcApiProperties settings) {
        List<FieldProblem> problems = new ArrayList<>();
        rejectUnknown(layer, params, ITEMS_PARAMETERS, problems);
        int limit = integer(params, "limit", settings.defaultLimit(), 1, settings.maxLimit(), problems);
        long offset = integer(params, "offset", 0, 0, Integer.MAX_VALUE, problems);
        OgcCrs crs = crs(params, "crs", problems);
        String format = params.getFirst("f");
        if (format != null && !format.equalsIgnoreCase("json") && !format.equalsIgnoreCase("geojson")) {
            problems.add(new FieldProblem("f", format, "ogcapi.format"));
        }
        MapSqlParameterSource sql = new MapSqlParameterSource();
        List<String> conditions = filters(layer, params, sql, problems, true);
        return new ItemsQuery(conditions, sql, limit, offset, crs);
    }

    /** Parses the filters of a download; paging and output options are the caller's. */
    static ItemsQuery forDownload(Layer layer, MultiValueMap<String, String> params) {
        List<FieldProblem> problems = new ArrayList<>();
        rejectUnknown(layer, params, DOWNLOAD_PARAMETERS, problems);
        MapSqlParameterSource sql = new MapSqlParameterSource();
        List<String> conditions = filters(layer, params, sql, problems, false);
        return new ItemsQuery(conditions, sql, Integer.MAX_VALUE, 0, OgcCrs.CRS84);
    }

    private static void rejectUnknown(Layer layer, MultiValueMap<String, String> params, Set<String> own,
                                      List<FieldProblem> problems) {
        Set<String> known = new HashSet<>(own);
        known.addAll(layer.nativeFilter().parameters());
        known.addAll(layer.queryables().keySet());
        for (String name : params.keySet()) {
            if (!known.contains(name)) {
                problems.add(new FieldProblem(name, params.getFirst(name), "parameter.unknown", name,
                        String.join(", ", new java.util.TreeSet<>(known))));
            }
        }
    }

    private static List<String> filters(Layer layer, MultiValueMap<String, String> params, MapSqlParameterSource sql,
                                        List<FieldProblem> problems, boolean bboxCrs) {
        List<String> conditions = new ArrayList<>();
        String bboxText = params.getFirst("bbox");
        if (bboxText != null) {
            OgcCrs crs = bboxCrs ? crs(params, "bbox-crs", problems) : OgcCrs.CRS84;
            try {
                String[] parts = bboxText.split(",");
                Bbox box = Bbox.parse(crs.latitudeFirst() && parts.length == 4
                        ? String.join(",", parts[1], parts[0], parts[3], parts[2]) : bboxText);
                conditions.add(LayerSql.bbox(layer, box, sql));
            } catch (IllegalArgumentException e) {
                problems.add(new FieldProblem("bbox", bboxText, "bbox.invalid", e.getMessage()));
            }
        }
        String datetime = params.getFirst("datetime");
        if (datetime != null) {
            if (layer.temporal() == null) {
                problems.add(new FieldProblem("datetime", datetime, "ogcapi.datetime.none", layer.id()));
            } else {
                try {
                    conditions.add(LayerSql.datetime(layer, DatetimeInterval.parse(datetime), sql));
                } catch (IllegalArgumentException e) {
                    problems.add(new FieldProblem("datetime", datetime, "ogcapi.datetime.invalid", e.getMessage()));
                }
            }
        }
        Map<String, LayerProperty> queryables = layer.queryables();
        int equality = 0;
        for (Map.Entry<String, List<String>> parameter : params.entrySet()) {
            LayerProperty property = queryables.get(parameter.getKey());
            if (property == null || layer.nativeFilter().parameters().contains(parameter.getKey())) {
                continue;
            }
            List<String> names = new ArrayList<>();
            for (String value : parameter.getValue()) {
                try {
                    String name = "eq" + equality++;
                    sql.addValue(name, property.type().coerce(value));
                    names.add(":" + name);
                } catch (IllegalArgumentException e) {
                    problems.add(new FieldProblem(property.key(), value, "ogcapi.parameter.type",
                            property.type().name().toLowerCase(java.util.Locale.ROOT)));
                }
            }
            if (!names.isEmpty()) {
                conditions.add(property.sql() + (names.size() == 1 ? " = " + names.get(0)
                        : " IN (" + String.join(", ", names) + ")"));
            }
        }
        String filter = params.getFirst("filter");
        String language = params.getFirst("filter-lang");
        if (language != null && !language.equalsIgnoreCase("cql2-text") && !language.equalsIgnoreCase("cql-text")) {
            problems.add(new FieldProblem("filter-lang", language, "ogcapi.filter.language"));
        }
        OgcCrs filterCrs = crs(params, "filter-crs", problems);
        try {
            conditions.addAll(layer.nativeFilter().conditions(params, sql));
            if (filter != null && !filter.isBlank() && problems.isEmpty()) {
                Filter parsed = Cql2Text.parse(filter);
                conditions.add(CqlToSql.translate(parsed, layer, sql, filter, filterCrs.latitudeFirst()));
            }
        } catch (InvalidInputException e) {
            problems.addAll(e.problems());
        }
        if (!problems.isEmpty()) {
            throw InvalidInputException.badRequest(problems);
        }
        return conditions;
    }

    private static OgcCrs crs(MultiValueMap<String, String> params, String name, List<FieldProblem> problems) {
        String text = params.getFirst(name);
        if (text == null) {
            return OgcCrs.CRS84;
        }
        return OgcCrs.parse(text).orElseGet(() -> {
            problems.add(new FieldProblem(name, text, "ogcapi.crs", OgcCrs.CRS84.uri() + ", " + OgcCrs.EPSG_4490.uri()));
            return OgcCrs.CRS84;
        });
    }

    private static int integer(MultiValueMap<String, String> params, String name, int defaultValue, int min, int max,
                               List<FieldProblem> problems) {
        return org.anju.system.QueryParameters.integer(params, name, defaultValue, min, max, problems);
    }
}

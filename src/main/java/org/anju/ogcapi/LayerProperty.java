package org.anju.ogcapi;

import java.util.List;

/**
 * One property of a layer's features.
 *
 * @param key    name in GeoJSON properties, CQL2 filters and export column keys (snake_case); also
 *               the column label in the layer's SELECT
 * @param label  the Chinese header of exports and the title in {@code /queryables}
 * @param type   value type
 * @param sql    the SQL expression a filter on this property compiles to, or {@code null} when the
 *               property is not queryable (computed values, personal data)
 * @param values the allowed values (codes), or empty
 */
record LayerProperty(String key, String label, PropertyType type, String sql, List<String> values) {

    LayerProperty {
        values = List.copyOf(values);
    }

    static LayerProperty of(String key, String label, PropertyType type, String sql) {
        return new LayerProperty(key, label, type, sql, List.of());
    }

    static LayerProperty coded(String key, String label, String sql, Enum<?>[] values) {
        return new LayerProperty(key, label, PropertyType.STRING, sql,
                java.util.Arrays.stream(values).map(Enum::name).toList());
    }

    /** Shown, exported, but not usable in filters. */
    static LayerProperty shown(String key, String label, PropertyType type) {
        return new LayerProperty(key, label, type, null, List.of());
    }

    boolean queryable() {
        return sql != null;
    }
}

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
 * @param codes  the enum whose codes the property holds (one, or a list), or null: the OGC API serves
 *               the codes, downloads their labels ({@link org.anju.system.EnumLabels})
 */
record LayerProperty(String key, String label, PropertyType type, String sql, List<String> values,
                     Class<? extends Enum<?>> codes) {

    LayerProperty {
        values = List.copyOf(values);
    }

    static LayerProperty of(String key, String label, PropertyType type, String sql) {
        return new LayerProperty(key, label, type, sql, List.of(), null);
    }

    static <E extends Enum<E>> LayerProperty coded(String key, String label, String sql, Class<E> codes) {
        return new LayerProperty(key, label, PropertyType.STRING, sql,
                java.util.Arrays.stream(codes.getEnumConstants()).map(Enum::name).toList(), codes);
    }

    /** Shown, exported, but not usable in filters. */
    static LayerProperty shown(String key, String label, PropertyType type) {
        return new LayerProperty(key, label, type, null, List.of(), null);
    }

    /** Shown, not usable in filters, holding codes (or lists of codes) of {@code codes}. */
    static <E extends Enum<E>> LayerProperty shownCoded(String key, String label, Class<E> codes) {
        return new LayerProperty(key, label, PropertyType.STRING, null, List.of(), codes);
    }

    boolean queryable() {
        return sql != null;
    }
}

package org.anju.imports;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which column of the file fills which Anju field. An explicit mapping (source name → field key,
 * or → {@code null} to ignore a column) wins; the other columns are recognised by their names
 * ({@link AnjuField#names()}): when two columns could fill the same field, the more specific name
 * wins ("房屋编码" over "编号"). Names cut short by the 10-byte limit of .dbf field names
 * ("户主姓" for 户主姓名 in UTF-8) are recognised when exactly one known name starts with them.
 */
final class FieldMapping {

    private final ImportLayer layer;
    private final Map<AnjuField, String> columnOf = new EnumMap<>(AnjuField.class);
    private final Map<String, AnjuField> fieldOf = new LinkedHashMap<>();
    /** Further columns for a field, by rank, used when the first is empty (heterogeneous KML placemarks). */
    private final Map<AnjuField, List<String>> alternates = new EnumMap<>(AnjuField.class);

    private FieldMapping(ImportLayer layer) {
        this.layer = layer;
    }

    /**
     * The mapping of {@code columns} for {@code layer}; {@code truncated} are the columns whose name
     * may have been cut. Unknown field keys in {@code explicit} are refused with {@link ImportFailure}.
     */
    static FieldMapping of(ImportLayer layer, List<String> columns, Set<String> truncated, Map<String, String> explicit) {
        return of(layer, columns, truncated, explicit, false);
    }

    /**
     * As above; with {@code heterogeneous} (records that name the same thing differently, as KML
     * placemarks typed on a phone do) every recognised column is kept, and a field takes its value
     * from the best-named column that has one.
     */
    static FieldMapping of(ImportLayer layer, List<String> columns, Set<String> truncated, Map<String, String> explicit,
                           boolean heterogeneous) {
        FieldMapping mapping = new FieldMapping(layer);
        Set<AnjuField> fields = AnjuField.of(layer);
        for (Map.Entry<String, String> e : explicit.entrySet()) {
            if (!columns.contains(e.getKey())) {
                throw new ImportFailure("mapping", e.getKey(), "import.mapping.noSuchColumn", String.join(", ", columns));
            }
            if (e.getValue() == null || e.getValue().isBlank()) {
                mapping.fieldOf.put(e.getKey(), null);
                continue;
            }
            AnjuField field = fields.stream().filter(f -> f.key().equals(e.getValue().strip())).findFirst()
                    .orElseThrow(() -> new ImportFailure("mapping", e.getValue(), "import.mapping.unknownField",
                            String.join(", ", fields.stream().map(AnjuField::key).distinct().toList())));
            mapping.assign(e.getKey(), field);
        }
        Map<AnjuField, Integer> rankOf = new EnumMap<>(AnjuField.class);
        for (String column : columns) {
            if (mapping.fieldOf.containsKey(column)) {
                continue;
            }
            String name = AnjuField.normalise(column);
            AnjuField best = null;
            int bestRank = Integer.MAX_VALUE;
            for (AnjuField field : fields) {
                int rank = field.names().indexOf(name);
                if (rank < 0 && truncated.contains(column) && name.length() >= 2) {
                    rank = prefixRank(field, name, fields);
                }
                if (rank >= 0 && rank < bestRank && !explicitlyTaken(mapping, explicit, field)) {
                    best = field;
                    bestRank = rank;
                }
            }
            if (best == null) {
                continue;
            }
            Integer taken = rankOf.get(best);
            if (heterogeneous && taken != null) {
                List<String> more = mapping.alternates.computeIfAbsent(best, f -> new java.util.ArrayList<>());
                more.add(column);
                mapping.fieldOf.put(column, best);
                if (bestRank < taken) { // the better name leads; the old one becomes an alternate
                    String previous = mapping.columnOf.get(best);
                    more.set(more.size() - 1, previous);
                    mapping.columnOf.put(best, column);
                    rankOf.put(best, bestRank);
                }
                continue;
            }
            if (taken == null || bestRank < taken) {
                mapping.columnOf.remove(best);
                mapping.fieldOf.values().remove(best);
                mapping.assign(column, best);
                rankOf.put(best, bestRank);
            }
        }
        return mapping;
    }

    private static boolean explicitlyTaken(FieldMapping mapping, Map<String, String> explicit, AnjuField field) {
        String column = mapping.columnOf.get(field);
        return column != null && explicit.containsKey(column);
    }

    /** The rank of {@code field}'s first name starting with {@code prefix} when no other field has one, else -1. */
    private static int prefixRank(AnjuField field, String prefix, Set<AnjuField> fields) {
        int rank = -1;
        for (AnjuField f : fields) {
            for (int i = 0; i < f.names().size(); i++) {
                if (f.names().get(i).startsWith(prefix)) {
                    if (f != field) {
                        return -1;
                    }
                    if (rank < 0) {
                        rank = i;
                    }
                }
            }
        }
        return rank;
    }

    private void assign(String column, AnjuField field) {
        columnOf.put(field, column);
        fieldOf.put(column, field);
    }

    ImportLayer layer() {
        return layer;
    }

    boolean has(AnjuField field) {
        return columnOf.containsKey(field);
    }

    /** The file's column for {@code field}, or {@code null}. */
    String column(AnjuField field) {
        return columnOf.get(field);
    }

    /** The value of {@code field} in {@code record}, or {@code null} when unmapped or empty. */
    Object value(SourceRecord record, AnjuField field) {
        String column = columnOf.get(field);
        if (column == null) {
            return null;
        }
        Object value = record.values().get(column);
        if (value == null && alternates.containsKey(field)) {
            for (String alternate : alternates.get(field)) {
                value = record.values().get(alternate);
                if (value != null) {
                    break;
                }
            }
        }
        return value;
    }

    /** Writes the mapping into the report: mapped columns with their field, the others as unmapped. */
    void describe(List<String> columns, ImportReport report) {
        for (String column : columns) {
            AnjuField field = fieldOf.get(column);
            if (field != null) {
                report.mapped(column, field.key());
            } else {
                report.unmapped(column);
            }
        }
    }
}

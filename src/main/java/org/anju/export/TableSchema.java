package org.anju.export;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The columns of a target list and how they are used.
 *
 * @param title       e.g. "应急排查目标清单": the sheet, document and layer title
 * @param columns     at least one; keys and labels unique
 * @param nameColumn  key of the column whose value names a KML placemark (e.g. the household head)
 * @param groupColumn key of the column that groups rows (e.g. the township), or {@code null}: one
 *                    Excel sheet per group (with {@link ExportOptions#sheetPerGroup()}) and one KML
 *                    folder per group
 * @param geometryKind the one geometry type of the rows (points for lists of houses, multipolygons
 *                    for area layers)
 * @param placemarkName what a KML placemark is called, from several columns (e.g. priority, masked
 *                    household head and village), or {@code null}: the name column's value
 */
public record TableSchema(String title, List<Column> columns, String nameColumn, String groupColumn,
                          GeometryKind geometryKind, PlacemarkName placemarkName) {

    /** A schema of point rows. */
    public TableSchema(String title, List<Column> columns, String nameColumn, String groupColumn) {
        this(title, columns, nameColumn, groupColumn, GeometryKind.POINT);
    }

    /** A schema whose KML placemarks are named by the name column. */
    public TableSchema(String title, List<Column> columns, String nameColumn, String groupColumn,
                       GeometryKind geometryKind) {
        this(title, columns, nameColumn, groupColumn, geometryKind, null);
    }

    /** This schema with KML placemarks named by {@code placemarkName}. */
    public TableSchema withPlacemarkName(PlacemarkName placemarkName) {
        return new TableSchema(title, columns, nameColumn, groupColumn, geometryKind, placemarkName);
    }

    public TableSchema {
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("a table schema needs a title");
        }
        columns = List.copyOf(columns);
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("a table schema needs at least one column");
        }
        Set<String> keys = new HashSet<>();
        Set<String> labels = new HashSet<>();
        for (Column column : columns) {
            if (!keys.add(column.key())) {
                throw new IllegalArgumentException("duplicate column key: " + column.key());
            }
            if (!labels.add(column.label())) {
                throw new IllegalArgumentException("duplicate column label: " + column.label());
            }
        }
        Objects.requireNonNull(nameColumn, "nameColumn");
        Objects.requireNonNull(geometryKind, "geometryKind");
        if (!keys.contains(nameColumn)) {
            throw new IllegalArgumentException("name column is not a column: " + nameColumn);
        }
        if (groupColumn != null && !keys.contains(groupColumn)) {
            throw new IllegalArgumentException("group column is not a column: " + groupColumn);
        }
        if (placemarkName != null) {
            placemarkName.check(keys);
        }
    }

    /** The position of the column with this key, or -1 when there is none. */
    public int indexOf(String key) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).key().equals(key)) {
                return i;
            }
        }
        return -1;
    }

    /** The position of the group column, or -1 when rows are not grouped. */
    public int groupIndex() {
        return groupColumn == null ? -1 : indexOf(groupColumn);
    }
}

package org.anju.imports;

import java.util.List;

/**
 * Finds the header of a sheet: village sheets often start with a title row ("XX村农房安全台账")
 * or two. The header is the first of the first {@link #SEARCH_ROWS} rows in which at least two
 * cells are column names Anju knows for the layer; the first row when none is.
 */
final class HeaderRow {

    static final int SEARCH_ROWS = 10;

    private HeaderRow() {
    }

    static int recognised(List<String> cells, ImportLayer layer) {
        int count = 0;
        for (String cell : cells) {
            if (cell == null || cell.isBlank()) {
                continue;
            }
            String name = AnjuField.normalise(cell);
            for (AnjuField field : AnjuField.of(layer)) {
                if (field.names().contains(name)) {
                    count++;
                    break;
                }
            }
        }
        return count;
    }

    static boolean isHeader(List<String> cells, ImportLayer layer) {
        return recognised(cells, layer) >= 2;
    }
}

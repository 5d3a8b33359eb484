package org.anju.imports;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns the rows of a sheet (CSV or a worksheet) into records: finds the header row
 * ({@link HeaderRow}, buffering at most {@link HeaderRow#SEARCH_ROWS} rows), then gives every
 * non-blank row below it as a record keyed by the header's names. Rows keep their numbers as the
 * user sees them.
 */
final class SheetRows {

    private record Row(long number, List<Object> cells) {
    }

    private final ImportLayer layer;
    private final FeatureSource.Sink sink;
    private final List<Row> buffered = new ArrayList<>();
    private List<String> header;

    SheetRows(ImportLayer layer, FeatureSource.Sink sink) {
        this.layer = layer;
        this.sink = sink;
    }

    void row(long number, List<Object> cells) {
        if (header != null) {
            emit(number, cells);
            return;
        }
        List<String> names = names(cells);
        if (HeaderRow.isHeader(names, layer)) {
            useHeader(names);
            buffered.clear();
            return;
        }
        buffered.add(new Row(number, cells));
        if (buffered.size() >= HeaderRow.SEARCH_ROWS) {
            firstRowAsHeader();
        }
    }

    void end() {
        if (header == null && !buffered.isEmpty()) {
            firstRowAsHeader();
        }
        if (header == null) {
            sink.columns(List.of(), Set.of());
        }
    }

    private void firstRowAsHeader() {
        useHeader(names(buffered.get(0).cells()));
        for (Row row : buffered.subList(1, buffered.size())) {
            emit(row.number(), row.cells());
        }
        buffered.clear();
    }

    private void useHeader(List<String> names) {
        List<String> unique = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i) == null || names.get(i).isBlank() ? "列" + (i + 1) : names.get(i).strip();
            while (unique.contains(name)) {
                name = name + "_" + (i + 1);
            }
            unique.add(name);
        }
        header = unique;
        sink.columns(header, Set.of());
    }

    private void emit(long number, List<Object> cells) {
        boolean blank = true;
        Map<String, Object> values = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
            Object value = i < cells.size() ? cells.get(i) : null;
            if (value instanceof String s && CellValues.stripBlanks(s).isEmpty()) { // a control character is content
                value = null;
            }
            blank &= value == null;
            values.put(header.get(i), value);
        }
        if (!blank) {
            sink.record(new SourceRecord(number, values, null));
        }
    }

    private static List<String> names(List<Object> cells) {
        List<String> names = new ArrayList<>();
        for (Object cell : cells) {
            names.add(cell == null ? null : cell.toString());
        }
        return names;
    }
}

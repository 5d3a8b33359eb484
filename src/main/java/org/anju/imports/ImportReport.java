package org.anju.imports;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;

/**
 * What an import found and did, filled in while the file streams through and rendered once at the
 * end in the caller's language. Row errors beyond {@link ImportProperties#maxReportedErrors()} are
 * counted but not listed, so a report stays small whatever the file.
 */
final class ImportReport {

    /** A remark about the file as a whole (e.g. "easting zone prefix removed"), as a message key. */
    record Note(String messageKey, Object... args) {
    }

    private final String id;
    private final ImportLayer layer;
    private final ImportMode mode;
    private final boolean dryRun;
    private final int maxErrors;
    private String fileName;
    private String format;
    private Integer srid;
    private String crsName;
    private String crsSource;
    private String encoding;
    private String encodingSource;
    private final Map<String, String> mapping = new LinkedHashMap<>();
    private final List<String> unmapped = new ArrayList<>();
    private volatile long rowsRead;
    private long inserted;
    private long updated;
    private long rejected;
    private long repaired;
    private volatile long errorCount;
    private final List<RowError> errors = new ArrayList<>();
    private final List<Note> notes = new ArrayList<>();
    private boolean written;
    private RowError failure;
    /** What a layer adds to the report (e.g. the ids of the disaster events written), by JSON name. */
    private final Map<String, Object> results = new LinkedHashMap<>();

    ImportReport(String id, ImportLayer layer, ImportMode mode, boolean dryRun, int maxErrors) {
        this.id = id;
        this.layer = layer;
        this.mode = mode;
        this.dryRun = dryRun;
        this.maxErrors = maxErrors;
    }

    String id() {
        return id;
    }

    void source(String fileName, String format) {
        this.fileName = fileName;
        this.format = format;
    }

    /** The file name the client gave, or {@code null}. */
    String fileName() {
        return fileName;
    }

    void crs(Integer srid, String name, String source) {
        this.srid = srid;
        this.crsName = name;
        this.crsSource = source;
    }

    void encoding(String name, String source) {
        this.encoding = name;
        this.encodingSource = source;
    }

    void mapped(String sourceField, String anjuField) {
        mapping.put(sourceField, anjuField);
    }

    void unmapped(String sourceField) {
        if (!unmapped.contains(sourceField)) {
            unmapped.add(sourceField);
        }
    }

    void note(String key, Object... args) {
        Note note = new Note(key, args);
        if (notes.stream().noneMatch(n -> n.messageKey().equals(key) && java.util.Arrays.equals(n.args(), args))) {
            notes.add(note);
        }
    }

    /**
     * Forgets the rows of a first reading of the file (rows read, row errors, repairs), before it is
     * read again ({@link StagingRequired}); what the file is (format, encoding, CRS, mapping, notes) stays.
     */
    synchronized void restartRows() {
        rowsRead = 0;
        rejected = 0;
        repaired = 0;
        errorCount = failure == null ? 0 : 1;
        errors.removeIf(e -> e != failure);
    }

    void rowRead() {
        rowsRead++;
    }

    long rowsRead() {
        return rowsRead;
    }

    void rejectedRows(long rows) {
        rejected += rows;
    }

    long rejected() {
        return rejected;
    }

    void repairedRow() {
        repaired++;
    }

    /** Adds a row error; may be called by the reading thread and a writing thread at once. */
    synchronized void error(RowError error) {
        errorCount++;
        if (errors.size() < maxErrors) {
            errors.add(error);
        }
    }

    long errorCount() {
        return errorCount;
    }

    void written(long inserted, long updated) {
        this.inserted = inserted;
        this.updated = updated;
        this.written = !dryRun && inserted + updated > 0;
    }

    /** Counts what a dry run would have written. */
    void wouldWrite(long inserted, long updated) {
        this.inserted = inserted;
        this.updated = updated;
        this.written = false;
    }

    void nothingWritten() {
        this.inserted = 0;
        this.updated = 0;
        this.written = false;
    }

    long inserted() {
        return inserted;
    }

    long updated() {
        return updated;
    }

    /** Adds {@code name} to the rendered report (JSON-ready value), after the counts. */
    void result(String name, Object value) {
        results.put(name, value);
    }

    /** The file as a whole cannot be imported: listed first, whatever the number of row errors. */
    void fail(RowError error) {
        failure = error;
        errorCount++;
        errors.add(0, error);
        results.clear();
        nothingWritten();
    }

    /** The reason the file as a whole could not be imported, or {@code null}. */
    RowError failure() {
        return failure;
    }

    boolean isWritten() {
        return written;
    }

    /** The report as JSON-ready maps, messages in {@code locale}. */
    Map<String, Object> render(MessageSource messages, Locale locale) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", id);
        out.put("layer", layer.parameter());
        out.put("mode", mode.parameter());
        out.put("dry_run", dryRun);
        out.put("file", fileName);
        out.put("format", format);
        Map<String, Object> crs = new LinkedHashMap<>();
        crs.put("srid", srid);
        crs.put("name", crsName);
        crs.put("source", crsSource);
        out.put("crs", srid == null && crsName == null ? null : crs);
        if (encoding != null) {
            out.put("encoding", Map.of("name", encoding, "source", encodingSource));
        } else {
            out.put("encoding", null);
        }
        out.put("mapping", mapping);
        out.put("unmapped_fields", unmapped);
        out.put("rows_read", rowsRead);
        out.put("inserted", inserted);
        out.put("updated", updated);
        out.put("rejected", rejected);
        out.put("repaired", repaired);
        out.put("written", written);
        out.putAll(results);
        out.put("notes", notes.stream().map(n -> text(messages, locale, n.messageKey(), n.args())).toList());
        out.put("error_count", errorCount);
        out.put("errors", errors.stream()
                .sorted(Comparator.comparingLong(RowError::row))
                .map(e -> {
                    Map<String, Object> rendered = new LinkedHashMap<>();
                    rendered.put("row", e.row());
                    rendered.put("field", e.field());
                    rendered.put("value", e.value() == null ? null : String.valueOf(e.value()));
                    rendered.put("message", text(messages, locale, e.messageKey(), e.args()));
                    return rendered;
                }).toList());
        return out;
    }

    private static String text(MessageSource messages, Locale locale, String key, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }
}

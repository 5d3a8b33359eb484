package org.anju.imports;

/**
 * The file as a whole cannot be imported (not a zip, no .shp inside, unknown CRS, too large…):
 * answered 400 with the report so far. Nothing has been written.
 */
class ImportFailure extends RuntimeException {

    private final String field;
    private final Object value;
    private final String messageKey;
    private final transient Object[] args;

    ImportFailure(String field, Object value, String messageKey, Object... args) {
        super(messageKey);
        this.field = field;
        this.value = value;
        this.messageKey = messageKey;
        this.args = args;
    }

    RowError asError() {
        return new RowError(0, field, value, messageKey, args);
    }
}

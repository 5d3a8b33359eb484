package org.anju.imports;

/**
 * What is wrong with one row of an imported file: the row (spreadsheet row as Excel shows it,
 * header = row 1; feature number for feature files), the field as named in the file (or the Anju
 * field, e.g. {@code geometry}), the value as read, and a message key with its arguments.
 */
record RowError(long row, String field, Object value, String messageKey, Object... args) {
}

package org.anju.export;

/**
 * The type of an exported column, and the Java values each accepts in an {@link ExportRow}
 * ({@code null} is always accepted).
 *
 * <ul>
 * <li>{@link #TEXT}: any object, written as its {@code toString()}.</li>
 * <li>{@link #INTEGER}: {@code Integer}, {@code Long}, {@code Short}, {@code Byte}, or a
 * {@code BigInteger} that fits a {@code long}.</li>
 * <li>{@link #DECIMAL}: {@code BigDecimal} (its scale is kept), {@code Double}/{@code Float}
 * (NaN and infinities are written as empty), or an integral number.</li>
 * <li>{@link #DATE}: {@code java.time.LocalDate} or {@code java.sql.Date}, written as ISO-8601.</li>
 * <li>{@link #BOOLEAN}: {@code Boolean}, shown to people as 是/否.</li>
 * </ul>
 */
public enum ColumnType {
    TEXT, INTEGER, DECIMAL, DATE, BOOLEAN
}

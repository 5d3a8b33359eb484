package org.anju.sample;

/**
 * Where the loader sends the rows of one table: values in the order of the table's statement
 * (see {@link CountyPackageSql}), each with its 1-based position in the file it came from, which
 * error messages name. {@link #close()} sends what is still buffered.
 *
 * <p>Values are {@code String}, {@code Integer}, {@code BigDecimal}, {@code Boolean},
 * {@code LocalDate}, a JTS {@code Geometry} in CGCS2000, or {@code null}.
 */
interface RowSink extends AutoCloseable {

    void add(long position, Object... values);

    /** Rows added so far. */
    long count();

    @Override
    void close();
}

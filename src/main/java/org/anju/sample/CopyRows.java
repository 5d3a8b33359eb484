package org.anju.sample;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;

import org.anju.geo.Cgcs2000;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ByteOrderValues;
import org.locationtech.jts.io.WKBWriter;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;

/**
 * Streams rows into one PostgreSQL table with {@code COPY … FROM STDIN} (text format), in chunks
 * of about 256 KB: nothing but the current chunk is held in memory. The first column is the row's
 * position in its file, so that a later check can name the row.
 *
 * <p>Encoding: {@code \N} for null; backslash, tab, newline and carriage return escaped; booleans
 * {@code t}/{@code f}; numbers and ISO dates as text; geometries as hex EWKB with SRID 4490.
 * PostgreSQL allows one COPY at a time per connection, so the COPY starts at the first row and
 * ends at {@link #close()}.
 */
final class CopyRows implements RowSink {

    private static final int CHUNK = 256 * 1024;

    private final CopyManager copy;
    private final String sql;
    private final StringBuilder chunk = new StringBuilder(CHUNK + 4096);
    private final WKBWriter ewkb = new WKBWriter(2, ByteOrderValues.LITTLE_ENDIAN, true);
    private CopyIn in;
    private long count;

    /** @param sql a {@code COPY table (pos, …) FROM STDIN} statement */
    CopyRows(CopyManager copy, String sql) {
        this.copy = copy;
        this.sql = sql;
    }

    @Override
    public void add(long position, Object... values) {
        chunk.append(position);
        for (Object value : values) {
            chunk.append('\t');
            append(value);
        }
        chunk.append('\n');
        count++;
        if (chunk.length() >= CHUNK) {
            send();
        }
    }

    @Override
    public long count() {
        return count;
    }

    private void append(Object value) {
        if (value == null) {
            chunk.append("\\N");
        } else if (value instanceof Geometry geometry) {
            if (geometry.getSRID() != Cgcs2000.SRID) {
                geometry.setSRID(Cgcs2000.SRID);
            }
            chunk.append(WKBWriter.toHex(ewkb.write(geometry)));
        } else if (value instanceof Boolean b) {
            chunk.append(b ? 't' : 'f');
        } else if (value instanceof BigDecimal d) {
            chunk.append(d.toPlainString());
        } else if (value instanceof Number || value instanceof java.time.LocalDate) {
            chunk.append(value);
        } else {
            escape(value.toString());
        }
    }

    private void escape(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> chunk.append("\\\\");
                case '\t' -> chunk.append("\\t");
                case '\n' -> chunk.append("\\n");
                case '\r' -> chunk.append("\\r");
                default -> chunk.append(c);
            }
        }
    }

    private void send() {
        try {
            if (in == null) {
                in = copy.copyIn(sql);
            }
            byte[] bytes = chunk.toString().getBytes(StandardCharsets.UTF_8);
            in.writeToCopy(bytes, 0, bytes.length);
            chunk.setLength(0);
        } catch (SQLException e) {
            throw new CopyFailedException(e);
        }
    }

    /** Ends the COPY; the rows are then in the table (visible to this transaction only). */
    @Override
    public void close() {
        try {
            if (chunk.length() > 0 || in == null) {
                send();
            }
            if (in.isActive()) {
                in.endCopy();
            }
        } catch (SQLException | CopyFailedException e) {
            cancelQuietly();
            throw e instanceof CopyFailedException failed ? failed : new CopyFailedException((SQLException) e);
        }
    }

    private void cancelQuietly() {
        try {
            if (in != null && in.isActive()) {
                in.cancelCopy();
            }
        } catch (SQLException ignored) {
            // the transaction is rolled back anyway
        }
    }

    /** COPY refused a row or lost the connection; the message names the staging table and line. */
    static final class CopyFailedException extends RuntimeException {
        CopyFailedException(SQLException cause) {
            super(cause.getMessage(), cause);
        }
    }
}

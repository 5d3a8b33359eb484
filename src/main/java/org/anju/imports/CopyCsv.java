package org.anju.imports;

import java.nio.charset.StandardCharsets;

import org.anju.geo.Cgcs2000;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.WKBWriter;

/**
 * One row of a PostgreSQL {@code COPY … WITH (FORMAT csv)}: {@code null} as an empty field,
 * geometries as EWKB hex (SRID 4490), booleans as t/f, numbers and dates as they print, text quoted.
 * Not thread-safe: one per writer.
 */
final class CopyCsv {

    private final StringBuilder line = new StringBuilder(512);
    private final WKBWriter ewkb = new WKBWriter(2, true);

    /** The row as UTF-8 bytes, ending in a newline. */
    byte[] line(Object... values) {
        line.setLength(0);
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                line.append(',');
            }
            Object v = values[i];
            if (v == null) {
                continue;
            }
            if (v instanceof Geometry g) {
                g.setSRID(Cgcs2000.SRID);
                line.append(WKBWriter.toHex(ewkb.write(g)));
            } else if (v instanceof Boolean b) {
                line.append(b ? 't' : 'f');
            } else if (v instanceof Number || v instanceof java.time.LocalDate) {
                line.append(v);
            } else {
                line.append('"').append(v.toString().replace("\"", "\"\"")).append('"');
            }
        }
        line.append('\n');
        return line.toString().getBytes(StandardCharsets.UTF_8);
    }
}

package org.anju.imports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes small point Shapefiles for tests the way survey software does: field names and text in a
 * chosen charset (GBK without .cpg, or UTF-8 with names cut at 10 bytes like GDAL), dates as DBF
 * type D, an optional ESRI .prj, zipped.
 */
final class TestShapefile {

    /** CGCS2000 3-degree Gauss–Krüger zone, central meridian 111°E, no zone prefix: EPSG:4546, as ArcGIS writes it. */
    static final String PRJ_4546 = "PROJCS[\"CGCS2000_3_Degree_GK_CM_111E\",GEOGCS[\"GCS_China_Geodetic_Coordinate_System_2000\","
            + "DATUM[\"D_China_2000\",SPHEROID[\"CGCS2000\",6378137.0,298.257222101]],PRIMEM[\"Greenwich\",0.0],"
            + "UNIT[\"Degree\",0.0174532925199433]],PROJECTION[\"Gauss_Kruger\"],PARAMETER[\"False_Easting\",500000.0],"
            + "PARAMETER[\"False_Northing\",0.0],PARAMETER[\"Central_Meridian\",111.0],PARAMETER[\"Scale_Factor\",1.0],"
            + "PARAMETER[\"Latitude_Of_Origin\",0.0],UNIT[\"Meter\",1.0]]";

    record Field(String name, char type, int length, int decimals) {
    }

    private final List<Field> fields = new ArrayList<>();
    private final List<Object[]> rows = new ArrayList<>();
    private final List<double[]> points = new ArrayList<>();
    private final Charset charset;
    private String prj;
    private String cpg;

    TestShapefile(Charset charset) {
        this.charset = charset;
    }

    TestShapefile text(String name, int length) {
        fields.add(new Field(name, 'C', length, 0));
        return this;
    }

    TestShapefile number(String name, int length, int decimals) {
        fields.add(new Field(name, 'N', length, decimals));
        return this;
    }

    TestShapefile date(String name) {
        fields.add(new Field(name, 'D', 8, 0));
        return this;
    }

    TestShapefile prj(String wkt) {
        this.prj = wkt;
        return this;
    }

    TestShapefile cpg(String encoding) {
        this.cpg = encoding;
        return this;
    }

    TestShapefile point(double x, double y, Object... values) {
        points.add(new double[] {x, y});
        rows.add(values);
        return this;
    }

    byte[] zip(String base) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            entry(zip, base + ".shp", shp(false));
            entry(zip, base + ".shx", shp(true));
            entry(zip, base + ".dbf", dbf());
            if (prj != null) {
                entry(zip, base + ".prj", prj.getBytes(StandardCharsets.US_ASCII));
            }
            if (cpg != null) {
                entry(zip, base + ".cpg", cpg.getBytes(StandardCharsets.US_ASCII));
            }
        }
        return out.toByteArray();
    }

    /** Writes {@code base}.shp, .shx and .dbf into {@code directory}; returns the .shp. */
    java.nio.file.Path writeTo(java.nio.file.Path directory, String base) throws IOException {
        java.nio.file.Files.write(directory.resolve(base + ".shx"), shp(true));
        java.nio.file.Files.write(directory.resolve(base + ".dbf"), dbf());
        return java.nio.file.Files.write(directory.resolve(base + ".shp"), shp(false));
    }

    static void entry(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(bytes);
        zip.closeEntry();
    }

    private byte[] shp(boolean index) {
        int records = points.size();
        int length = 100 + records * (index ? 8 : 28);
        ByteBuffer b = ByteBuffer.allocate(length);
        b.order(ByteOrder.BIG_ENDIAN).putInt(9994).putInt(0).putInt(0).putInt(0).putInt(0).putInt(0).putInt(length / 2);
        b.order(ByteOrder.LITTLE_ENDIAN).putInt(1000).putInt(1);
        double minX = points.stream().mapToDouble(p -> p[0]).min().orElse(0);
        double minY = points.stream().mapToDouble(p -> p[1]).min().orElse(0);
        double maxX = points.stream().mapToDouble(p -> p[0]).max().orElse(0);
        double maxY = points.stream().mapToDouble(p -> p[1]).max().orElse(0);
        b.putDouble(minX).putDouble(minY).putDouble(maxX).putDouble(maxY).putDouble(0).putDouble(0).putDouble(0).putDouble(0);
        for (int i = 0; i < records; i++) {
            if (index) {
                b.order(ByteOrder.BIG_ENDIAN).putInt((100 + i * 28) / 2).putInt(10);
            } else {
                b.order(ByteOrder.BIG_ENDIAN).putInt(i + 1).putInt(10);
                b.order(ByteOrder.LITTLE_ENDIAN).putInt(1).putDouble(points.get(i)[0]).putDouble(points.get(i)[1]);
            }
        }
        return b.array();
    }

    private byte[] dbf() {
        int recordLength = 1 + fields.stream().mapToInt(Field::length).sum();
        int headerLength = 32 + 32 * fields.size() + 1;
        ByteBuffer b = ByteBuffer.allocate(headerLength + recordLength * rows.size() + 1).order(ByteOrder.LITTLE_ENDIAN);
        b.put((byte) 3).put((byte) 124).put((byte) 1).put((byte) 1).putInt(rows.size())
                .putShort((short) headerLength).putShort((short) recordLength);
        b.put(new byte[20]);
        for (Field f : fields) {
            byte[] name = Arrays.copyOf(f.name().getBytes(charset), 10); // cut at 10 bytes, as GDAL does
            b.put(name).put((byte) 0).put((byte) f.type()).putInt(0).put((byte) f.length()).put((byte) f.decimals());
            b.put(new byte[14]);
        }
        b.put((byte) 0x0D);
        for (Object[] row : rows) {
            b.put((byte) ' ');
            for (int i = 0; i < fields.size(); i++) {
                Field f = fields.get(i);
                Object v = row[i];
                String text = v == null ? "" : v instanceof LocalDate d ? d.toString().replace("-", "") : v.toString();
                byte[] bytes = text.getBytes(charset);
                byte[] cell = new byte[f.length()];
                Arrays.fill(cell, (byte) ' ');
                if (f.type() == 'N') {
                    System.arraycopy(bytes, 0, cell, f.length() - bytes.length, bytes.length);
                } else {
                    System.arraycopy(bytes, 0, cell, 0, Math.min(bytes.length, f.length()));
                }
                b.put(cell);
            }
        }
        b.put((byte) 0x1A);
        return b.array();
    }
}

package org.anju.imports;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.locationtech.jts.geom.Geometry;

/**
 * A Shapefile: .shp geometries and .dbf attributes read side by side, record by record. The text
 * encoding is the {@code encoding} parameter, else the .cpg, else detected from the .dbf
 * ({@link DbfRecords#detectEncoding}); the CRS is the .prj's, if any.
 */
final class ShapefileSource implements FeatureSource {

    private final ShpRecords shp;
    private final DbfRecords dbf;
    private final SourceCrs crs;
    private final List<String> columns;
    private final Set<String> truncated = new HashSet<>();
    private final long bytesTotal;
    private volatile boolean finished;

    ShapefileSource(Path shpFile, String encodingParameter, ImportReport report) throws IOException {
        String base = shpFile.getFileName().toString().replaceAll("(?i)\\.shp$", "");
        Path dbfFile = sibling(shpFile, base, "dbf");
        if (dbfFile == null) {
            throw new ImportFailure("file", base + ".dbf", "import.shp.missingPart", ".dbf");
        }
        Charset charset = encoding(dbfFile, sibling(shpFile, base, "cpg"), encodingParameter, report);
        Path prj = sibling(shpFile, base, "prj");
        this.crs = prj == null ? null : SourceCrs.ofWkt(Files.readString(prj, StandardCharsets.ISO_8859_1));
        this.shp = new ShpRecords(shpFile);
        try {
            this.dbf = new DbfRecords(dbfFile, charset);
        } catch (IOException | RuntimeException e) {
            shp.close();
            throw e;
        }
        this.bytesTotal = Files.size(shpFile) + Files.size(dbfFile);
        this.columns = dbf.fields().stream().map(DbfRecords.Field::name).toList();
        for (DbfRecords.Field field : dbf.fields()) {
            int rawLength = 0;
            while (rawLength < field.rawName().length && field.rawName()[rawLength] != 0) {
                rawLength++;
            }
            if (rawLength >= 9) {
                truncated.add(field.name());
            }
        }
    }

    private static Charset encoding(Path dbf, Path cpg, String parameter, ImportReport report) throws IOException {
        if (parameter != null) {
            report.encoding(parameter, "parameter");
            return charset(parameter);
        }
        if (cpg != null) {
            String declared = Files.readString(cpg, StandardCharsets.ISO_8859_1).strip();
            Charset charset = cpgCharset(declared);
            if (charset != null) {
                report.encoding(charset.name(), ".cpg");
                return charset;
            }
            report.note("import.note.cpgUnknown", declared);
        }
        Charset detected = DbfRecords.detectEncoding(dbf);
        report.encoding(detected.name(), "detected");
        return detected;
    }

    static Charset charset(String name) {
        try {
            String n = name.strip().toUpperCase(Locale.ROOT);
            if (n.equals("GBK") || n.equals("GB2312") || n.equals("CP936") || n.equals("936")) {
                return Charset.forName("GB18030"); // the superset: decodes GBK/GB2312 bytes identically
            }
            return Charset.forName(name.strip());
        } catch (IllegalArgumentException e) {
            throw new ImportFailure("encoding", name, "import.encoding.unknown");
        }
    }

    private static Charset cpgCharset(String declared) {
        String d = declared.toUpperCase(Locale.ROOT).replace("ANSI", "").strip();
        return switch (d) {
            case "UTF-8", "UTF8", "65001" -> StandardCharsets.UTF_8;
            case "936", "GBK", "CP936", "GB2312", "GB18030", "CP_936" -> Charset.forName("GB18030");
            case "1252", "CP1252" -> Charset.forName("windows-1252");
            case "", "0" -> null;
            default -> {
                try {
                    yield Charset.forName(declared.strip());
                } catch (IllegalArgumentException e) {
                    yield null;
                }
            }
        };
    }

    /** The file {@code base.ext} next to {@code shp}, in any letter case, or {@code null}. */
    private static Path sibling(Path shp, String base, String extension) throws IOException {
        try (var files = Files.list(shp.getParent())) {
            return files.filter(f -> f.getFileName().toString().equalsIgnoreCase(base + "." + extension))
                    .findFirst().orElse(null);
        }
    }

    @Override
    public long bytesRead() {
        return finished ? bytesTotal : Math.min(bytesTotal, shp.bytesRead() + dbf.bytesRead());
    }

    @Override
    public long bytesTotal() {
        return bytesTotal;
    }

    @Override
    public SourceCrs declaredCrs() {
        return crs;
    }

    @Override
    public void read(Sink sink) throws IOException {
        sink.columns(columns, truncated);
        long row = 0;
        while (true) {
            Map<String, Object> values = dbf.next();
            if (values == null) {
                finished = true;
                return;
            }
            row++;
            Geometry geometry;
            try {
                geometry = shp.next();
            } catch (IllegalArgumentException e) {
                if (values != DbfRecords.DELETED) {
                    sink.record(new SourceRecord(row, values, null, e.getMessage()));
                }
                continue;
            }
            if (values != DbfRecords.DELETED) {
                sink.record(new SourceRecord(row, values, geometry));
            }
        }
    }

    @Override
    public void close() throws IOException {
        try {
            shp.close();
        } finally {
            dbf.close();
        }
    }
}

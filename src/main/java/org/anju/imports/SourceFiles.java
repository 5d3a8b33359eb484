package org.anju.imports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Recognises an uploaded file and opens it as a {@link FeatureSource}: by its name first, then by
 * its first bytes. Zips are unpacked safely ({@link SafeUnzip}) and searched for one Shapefile
 * (or one KML, GeoPackage, FlatGeobuf, GeoJSON, CSV or XLSX file); a KMZ is a zipped KML.
 */
final class SourceFiles {

    private SourceFiles() {
    }

    static FeatureSource open(Path upload, String fileName, ImportRequest request, ImportWorkspace workspace,
                              SafeUnzip unzip, ImportReport report) throws IOException {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        String extension = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1) : "";
        byte[] head;
        try (InputStream in = Files.newInputStream(upload)) {
            head = in.readNBytes(8);
        }
        boolean zip = head.length >= 4 && head[0] == 'P' && head[1] == 'K';
        if (head.length == 0) {
            throw new ImportFailure("file", fileName, "import.file.empty");
        }
        switch (extension) {
            case "xlsx":
                report.source(fileName, "XLSX");
                return new XlsxSource(upload, request.layer());
            case "xls":
                throw new ImportFailure("file", fileName, "import.file.xls");
            case "csv", "txt", "tsv":
                report.source(fileName, "CSV");
                return new CsvSource(upload, request.encoding(), request.layer(), report);
            case "geojson", "json":
                report.source(fileName, "GeoJSON");
                return new GeoJsonSource(upload);
            case "kml":
                report.source(fileName, "KML");
                return new KmlSource(upload);
            case "gpkg":
                report.source(fileName, "GeoPackage");
                return new GeoPackageSource(upload, report);
            case "fgb":
                report.source(fileName, "FlatGeobuf");
                return new FlatGeobufSource(upload);
            case "shp", "dbf", "shx", "prj":
                throw new ImportFailure("file", fileName, "import.file.shpNotZipped");
            default:
                break;
        }
        if (zip) {
            List<Path> files = unzip.unpack(upload, workspace.newDirectory("unzipped"));
            return openFromZip(files, fileName, extension.equals("kmz"), request, report);
        }
        if (head[0] == '{') {
            report.source(fileName, "GeoJSON");
            return new GeoJsonSource(upload);
        }
        if (head.length >= 6 && new String(head, 0, 6, java.nio.charset.StandardCharsets.US_ASCII).equals("SQLite")) {
            report.source(fileName, "GeoPackage");
            return new GeoPackageSource(upload, report);
        }
        if (head.length >= 3 && head[0] == 'f' && head[1] == 'g' && head[2] == 'b') {
            report.source(fileName, "FlatGeobuf");
            return new FlatGeobufSource(upload);
        }
        if (head[0] == '<') {
            report.source(fileName, "KML");
            return new KmlSource(upload);
        }
        throw new ImportFailure("file", fileName, "import.file.unknownFormat");
    }

    private static FeatureSource openFromZip(List<Path> files, String fileName, boolean kmz, ImportRequest request,
                                             ImportReport report) throws IOException {
        List<Path> shapefiles = withExtension(files, "shp");
        if (shapefiles.size() > 1) {
            throw new ImportFailure("file", String.join(", ", shapefiles.stream().map(p -> p.getFileName().toString()).toList()),
                    "import.zip.manyShapefiles");
        }
        if (shapefiles.size() == 1) {
            report.source(fileName, "ESRI Shapefile (zip)");
            return new ShapefileSource(shapefiles.get(0), request.encoding(), report);
        }
        List<Path> kml = withExtension(files, "kml");
        if (!kml.isEmpty()) {
            report.source(fileName, kmz ? "KMZ" : "KML (zip)");
            return new KmlSource(kml.get(0));
        }
        List<Path> gpkg = withExtension(files, "gpkg");
        if (gpkg.size() == 1) {
            report.source(fileName, "GeoPackage (zip)");
            return new GeoPackageSource(gpkg.get(0), report);
        }
        List<Path> fgb = withExtension(files, "fgb");
        if (fgb.size() == 1) {
            report.source(fileName, "FlatGeobuf (zip)");
            return new FlatGeobufSource(fgb.get(0));
        }
        for (String extension : List.of("geojson", "json", "csv", "xlsx")) {
            List<Path> found = withExtension(files, extension);
            if (found.size() == 1) {
                Path file = found.get(0);
                return switch (extension) {
                    case "xlsx" -> {
                        report.source(fileName, "XLSX (zip)");
                        yield new XlsxSource(file, request.layer());
                    }
                    case "csv" -> {
                        report.source(fileName, "CSV (zip)");
                        yield new CsvSource(file, request.encoding(), request.layer(), report);
                    }
                    default -> {
                        report.source(fileName, "GeoJSON (zip)");
                        yield new GeoJsonSource(file);
                    }
                };
            }
        }
        throw new ImportFailure("file", fileName, "import.zip.nothingToImport");
    }

    private static List<Path> withExtension(List<Path> files, String extension) {
        return files.stream().filter(f -> f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith("." + extension)).toList();
    }
}

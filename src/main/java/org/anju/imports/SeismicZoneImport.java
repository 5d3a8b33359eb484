package org.anju.imports;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Imports seismic intensity zones (抗震设防烈度分区, GB 18306): every feature is a zone with its design
 * intensity (6–9 degrees) and design basic peak ground acceleration — either gives the other (7°
 * without a PGA is taken as 0.10 g, the lower of its two values, and the report says so) and both
 * must agree when given. Zones carry their source (the zoning map): the {@code source} parameter,
 * else the column, else the file's name. A zoning map is replaced as a whole: the stored zones of
 * every source in the file are deleted and the file's zones written ({@code updated} counts the
 * zones of sources that were stored, {@code inserted} those of new sources).
 */
final class SeismicZoneImport implements LayerImport {

    /** Design PGA (g) of each intensity, lowest first (GB 18306 table; CHECK seismic_zone_intensity_matches_pga). */
    private static final Map<Integer, List<BigDecimal>> PGA_OF_INTENSITY = Map.of(
            6, List.of(new BigDecimal("0.05")),
            7, List.of(new BigDecimal("0.10"), new BigDecimal("0.15")),
            8, List.of(new BigDecimal("0.20"), new BigDecimal("0.30")),
            9, List.of(new BigDecimal("0.40")));

    private final ImportContext context;
    private final StagedChecks checks;
    private final AreaRows areas;
    private final String givenSource;
    private FieldMapping mapping;
    private StagingWriter writer;
    private long rejected;

    SeismicZoneImport(ImportContext context) {
        this.context = context;
        this.checks = new StagedChecks(context.jdbc(), HazardImportSql.SEISMIC_STAGE, context.report().id(),
                context.report(), context.properties().batchSize());
        this.areas = new AreaRows(context.reprojection(), context.report());
        this.givenSource = context.request().fileValue("source");
        if (givenSource != null && givenSource.length() > 200) {
            throw new ImportFailure("source", givenSource, "field.tooLong", 200);
        }
    }

    @Override
    public void startStaging() {
        writer = context.stagingWriter(HazardImportSql.SEISMIC_STAGE, HazardImportSql.SEISMIC_STAGE_COLUMNS,
                HazardImportSql.SEISMIC_GEOMETRY_COLUMNS);
    }

    @Override
    public void columns(List<String> columns, Set<String> truncated) {
        mapping = FieldMapping.of(ImportLayer.SEISMIC_ZONES, columns, truncated, context.request().mapping(),
                context.heterogeneous());
        mapping.describe(columns, context.report());
        if (!mapping.has(AnjuField.PGA)) {
            LayerImport.requireMapped(mapping, AnjuField.INTENSITY, columns);
        }
    }

    @Override
    public void record(SourceRecord record) {
        context.report().rowRead();
        RowCheck check = new RowCheck(record, mapping);
        AreaRows.Area area = areas.read(record, check, true);
        Integer intensity = intensity(check);
        BigDecimal pga = pga(check);
        if (intensity != null && pga != null) {
            if (!PGA_OF_INTENSITY.get(intensity).contains(pga)) {
                check.error(AnjuField.PGA, pga.toPlainString(), "import.seismic.mismatch", intensity, String.join(" / ",
                        PGA_OF_INTENSITY.get(intensity).stream().map(g -> g.toPlainString() + "g").toList()));
            }
        } else if (pga != null) {
            BigDecimal g = pga;
            intensity = PGA_OF_INTENSITY.entrySet().stream().filter(e -> e.getValue().contains(g))
                    .map(Map.Entry::getKey).findFirst().orElseThrow();
        } else if (intensity != null) {
            if (check.missing(AnjuField.PGA)) { // an unreadable PGA is an error of its own
                pga = PGA_OF_INTENSITY.get(intensity).get(0);
                context.report().note("import.note.pgaDefault");
            }
        } else if (check.errors().isEmpty()) {
            check.error(mapping.has(AnjuField.INTENSITY) ? AnjuField.INTENSITY : AnjuField.PGA, null, "field.required");
        }
        String source = givenSource != null ? givenSource : check.text(AnjuField.ZONE_SOURCE, false, 200);
        if (!check.errors().isEmpty() || area == null) {
            rejected++;
            check.errors().forEach(context.report()::error);
            return;
        }
        areas.staged(record.row(), area);
        writer.add(context.report().id(), record.row(), intensity, pga, source != null ? source : defaultSource(),
                area.polygons());
    }

    private static Integer intensity(RowCheck check) {
        Object raw = check.raw(AnjuField.INTENSITY);
        if (raw == null) {
            return null;
        }
        Integer degrees = HazardValues.intensity(raw);
        if (degrees == null) {
            check.error(AnjuField.INTENSITY, CellValues.text(raw), "field.notInteger");
        } else if (!PGA_OF_INTENSITY.containsKey(degrees)) {
            check.error(AnjuField.INTENSITY, degrees, "field.range", 6, 9);
            return null;
        }
        return degrees;
    }

    private static BigDecimal pga(RowCheck check) {
        Object raw = check.raw(AnjuField.PGA);
        if (raw == null) {
            return null;
        }
        BigDecimal g = HazardValues.pga(raw);
        if (g == null || PGA_OF_INTENSITY.values().stream().flatMap(List::stream).noneMatch(v -> v.compareTo(g) == 0)) {
            check.error(AnjuField.PGA, CellValues.text(raw), "import.seismic.pgaUnknown");
            return null;
        }
        return g.setScale(2, java.math.RoundingMode.UNNECESSARY);
    }

    /** The source of zones the file does not name: the file's name without its extension. */
    private String defaultSource() {
        String file = context.report().fileName();
        String base = file == null ? "" : file.replaceAll("^.*[/\\\\]", "").replaceAll("(?i)(\\.shp)?\\.[a-z0-9]+$", "").strip();
        return base.isEmpty() ? "导入" : base.length() > 200 ? base.substring(0, 200) : base;
    }

    @Override
    public void endStaging() {
        writer.close();
        areas.noteRepairs();
    }

    @Override
    public void abortStaging() {
        if (writer != null) {
            writer.abort();
        }
    }

    @Override
    public void check() {
        long stored = checks.count(HazardImportSql.SEISMIC_STORED_OF_SOURCES);
        if (stored > 0) {
            context.report().note("import.note.zonesReplaced", stored);
        }
    }

    @Override
    public long accepted() {
        return checks.count(ImportSql.accepted(HazardImportSql.SEISMIC_STAGE));
    }

    @Override
    public long existing() {
        return checks.count(HazardImportSql.SEISMIC_EXISTING);
    }

    @Override
    public long rejected() {
        return rejected + checks.count(ImportSql.rejectedCount(HazardImportSql.SEISMIC_STAGE));
    }

    @Override
    public void merge() {
        checks.update(HazardImportSql.SEISMIC_REPLACED);
        checks.update(HazardImportSql.SEISMIC_INSERT);
    }

    @Override
    public void clear() {
        checks.update(ImportSql.clear(HazardImportSql.SEISMIC_STAGE));
    }
}

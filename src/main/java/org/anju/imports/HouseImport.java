package org.anju.imports;

import java.util.List;
import java.util.Set;

import org.anju.geo.SpatialDialect;

/**
 * Imports houses (农房), one of two ways. Staged: every checked row goes into
 * {@code import_house_row}, the checks over all rows (duplicate codes, owners) run there, and one
 * statement inserts or merges into {@code house} by code. Direct ({@link HouseDirectWrite}, PostGIS,
 * not a dry run): a county's first import writes the checked rows straight into {@code house}
 * while the file is read; at the first stored or repeated code it asks to be read again staged
 * ({@link StagingRequired}). Both ways give the same report and the same rows.
 */
final class HouseImport implements LayerImport {

    private final ImportContext context;
    private final StagedChecks checks;
    private final LookupConnection lookups;
    private final boolean direct;
    private final RowJurisdiction jurisdiction;
    private FieldMapping mapping;
    private HouseRows rows;
    private HouseVillages villages;
    private StagingWriter writer;
    private HouseDirectWrite directWrite;
    private long rejected;
    private long existing = -1;

    /** The direct way where it can be tried (PostGIS, not a dry run), else staged. */
    HouseImport(ImportContext context) {
        this(context, context.dialect() == SpatialDialect.POSTGIS && !context.request().dryRun());
    }

    private HouseImport(ImportContext context, boolean direct) {
        this.context = context;
        this.direct = direct;
        this.jurisdiction = RowJurisdiction.of(context.request());
        this.lookups = new LookupConnection(context.dataSource());
        this.checks = new StagedChecks(context.jdbc(), ImportSql.HOUSE_STAGE, context.report().id(), context.report(),
                context.properties().batchSize());
    }

    @Override
    public boolean writesWhileReading() {
        return direct;
    }

    @Override
    public void startStaging() {
        if (!direct) {
            writer = context.stagingWriter(ImportSql.HOUSE_STAGE, ImportSql.HOUSE_STAGE_COLUMNS,
                    ImportSql.HOUSE_GEOMETRY_COLUMNS);
        }
    }

    @Override
    public void columns(List<String> columns, Set<String> truncated) {
        mapping = FieldMapping.of(ImportLayer.HOUSES, columns, truncated, context.request().mapping(),
                context.heterogeneous());
        mapping.describe(columns, context.report());
        LayerImport.requireMapped(mapping, AnjuField.HOUSE_CODE, columns);
        if (!mapping.has(AnjuField.OCCUPANCY)) {
            context.report().note("import.note.occupancyDefault");
        }
        rows = new HouseRows(mapping, context.reprojection(), context.report());
        villages = new HouseVillages(lookups, mapping.column(AnjuField.VILLAGE));
        if (direct) {
            directWrite = new HouseDirectWrite(context.dataSource(), context.report(), context.request().mode(),
                    mapping.column(AnjuField.OWNER_HOUSEHOLD), jurisdiction, context.properties().batchSize(),
                    () -> new HouseImport(context, false));
        }
    }

    @Override
    public void record(SourceRecord record) {
        context.report().rowRead();
        if (direct && directWrite.givenUp()) {
            return; // the file will be read again, staged: no need to check the rest now
        }
        RowCheck check = new RowCheck(record, mapping);
        if (record.unreadableGeometry() != null) {
            check.error("geometry", null, "geometry.unreadable", record.unreadableGeometry());
        }
        HouseRows.Staged house = check.errors().isEmpty() ? rows.read(record, check) : null;
        String village = house == null ? null
                : villages.villageOf(check, house.villageCode(), house.villageName(), house.location());
        if (village != null && !jurisdiction.covers(check, house.villageCode() != null || house.villageName() != null
                ? check.column(AnjuField.VILLAGE) : "geometry", village)) {
            village = null;
        }
        if (village == null) {
            rejected++;
            check.errors().forEach(context.report()::error);
            return;
        }
        if (direct) {
            directWrite.add(house, village);
            return;
        }
        writer.add(context.report().id(), house.row(), house.code(), village, house.villageName(),
                house.location(), house.footprint(), house.address(), name(house.structure()), house.storeys(),
                house.yearBuilt(), house.floorArea(), name(house.seismicMeasures()), name(house.grade()),
                house.assessedOn(), name(house.kind()), house.assessor(), name(house.occupancy()),
                house.lastInspectedOn(), house.ownerHousehold());
    }

    @Override
    public void endStaging() {
        lookups.close();
        if (directWrite != null) {
            directWrite.finish();
        } else if (writer != null) {
            writer.close();
        }
    }

    @Override
    public void abortStaging() {
        lookups.close();
        if (directWrite != null) {
            directWrite.abort();
        }
        if (writer != null) {
            writer.abort();
        }
    }

    /** Staged: duplicate codes in the file and unknown owners (direct: checked chunk by chunk already). */
    @Override
    public void check() {
        if (direct) {
            return;
        }
        checks.reject(ImportSql.duplicates(ImportSql.HOUSE_STAGE), row -> new RowError(
                ((Number) row.get("row_no")).longValue(), mapping.column(AnjuField.HOUSE_CODE), row.get("code"),
                "import.code.duplicateInFile", row.get("first_row")));
        checks.reject(ImportSql.HOUSE_UNKNOWN_OWNERS, row -> new RowError(((Number) row.get("row_no")).longValue(),
                mapping.column(AnjuField.OWNER_HOUSEHOLD), row.get("owner_household"), "household.unknown"));
        jurisdiction.rejectStaged(checks, ImportSql.HOUSE_STAGE, "house", mapping.column(AnjuField.HOUSE_CODE),
                columnOf(AnjuField.VILLAGE), "owner_household", "household", columnOf(AnjuField.OWNER_HOUSEHOLD),
                "household.unknown");
    }

    /** The column of {@code field} as named in the file, else the Anju field name. */
    private String columnOf(AnjuField field) {
        return mapping.column(field) != null ? mapping.column(field) : field.key();
    }

    /** Longitude and latitude as a row error shows them: "111.05, 35.55". */
    static String coordinates(double lon, double lat) {
        return round(lon) + ", " + round(lat);
    }

    private static String round(double value) {
        return java.math.BigDecimal.valueOf(value).setScale(6, java.math.RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    @Override
    public long accepted() {
        if (direct) {
            return directWrite == null ? 0 : directWrite.accepted();
        }
        return checks.count(ImportSql.accepted(ImportSql.HOUSE_STAGE));
    }

    @Override
    public long existing() {
        existing = direct ? 0 : checks.count(ImportSql.existing(ImportSql.HOUSE_STAGE, "house"));
        return existing;
    }

    @Override
    public long rejected() {
        if (direct) {
            return rejected + (directWrite == null ? 0 : directWrite.rejected());
        }
        return rejected + checks.count(ImportSql.rejectedCount(ImportSql.HOUSE_STAGE));
    }

    /** Staged: inserts when no accepted code is stored yet (as {@link #existing()} found), else merges. Direct: written already. */
    @Override
    public void merge() {
        if (direct) {
            return;
        }
        if (existing == 0) {
            checks.update(ImportSql.houseInsert(context.dialect()));
            if (context.dialect() == SpatialDialect.POSTGIS) {
                return; // the grade history was inserted by the same statement
            }
        } else {
            checks.update(ImportSql.HOUSE_MERGE);
        }
        checks.update(ImportSql.HOUSE_ASSESSMENTS);
    }

    @Override
    public void clear() {
        if (!direct) {
            checks.update(ImportSql.clear(ImportSql.HOUSE_STAGE));
        }
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }
}

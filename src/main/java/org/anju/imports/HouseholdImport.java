package org.anju.imports;

import java.util.List;
import java.util.Set;

import org.anju.household.TargetCategory;

/**
 * Imports households (农户): staged in {@code import_household_row}, upserted into
 * {@code household} by code; the categories of a household are replaced when the file lists them.
 */
final class HouseholdImport implements LayerImport {

    private final ImportContext context;
    private final StagedChecks checks;
    private final HouseholdRows rows = new HouseholdRows();
    private FieldMapping mapping;
    private StagingWriter writer;
    private long rejected;

    HouseholdImport(ImportContext context) {
        this.context = context;
        this.checks = new StagedChecks(context.jdbc(), ImportSql.HOUSEHOLD_STAGE, context.report().id(),
                context.report(), context.properties().batchSize());
    }

    @Override
    public void startStaging() {
        writer = context.stagingWriter(ImportSql.HOUSEHOLD_STAGE, ImportSql.HOUSEHOLD_STAGE_COLUMNS, Set.of());
    }

    @Override
    public void columns(List<String> columns, Set<String> truncated) {
        mapping = FieldMapping.of(ImportLayer.HOUSEHOLDS, columns, truncated, context.request().mapping(),
                context.heterogeneous());
        mapping.describe(columns, context.report());
        LayerImport.requireMapped(mapping, AnjuField.HOUSEHOLD_CODE, columns);
    }

    @Override
    public void record(SourceRecord record) {
        context.report().rowRead();
        RowCheck check = new RowCheck(record, mapping);
        HouseholdRows.Staged h = rows.read(record, check);
        if (h == null) {
            rejected++;
            check.errors().forEach(context.report()::error);
            return;
        }
        Set<TargetCategory> c = h.categories() == null ? Set.of() : h.categories();
        writer.add(context.report().id(), h.row(), h.code(), h.headName(), h.idNumber(), h.phone(), h.members(),
                h.villageCode(), h.villageName(), TargetCategory.primaryOf(c).map(Enum::name).orElse(null),
                c.contains(TargetCategory.POVERTY_ALLEVIATED), c.contains(TargetCategory.MONITORED),
                c.contains(TargetCategory.MINIMUM_LIVING), c.contains(TargetCategory.EXTREME_POVERTY),
                c.contains(TargetCategory.SEVERE_HARDSHIP), c.contains(TargetCategory.NEAR_MINIMUM),
                h.categories() != null, h.disabledMember(), h.militaryFamily(), h.veteran(), h.elderlyAlone(),
                h.residenceHouse());
    }

    @Override
    public void endStaging() {
        writer.close();
    }

    @Override
    public void abortStaging() {
        if (writer != null) {
            writer.abort();
        }
    }

    @Override
    public void check() {
        checks.update(ImportSql.HOUSEHOLD_VILLAGE_BY_NAME);
        String villageColumn = mapping.column(AnjuField.VILLAGE) != null ? mapping.column(AnjuField.VILLAGE) : "village";
        checks.reject(ImportSql.HOUSEHOLD_BAD_VILLAGES, row -> {
            long rowNo = ((Number) row.get("row_no")).longValue();
            String code = (String) row.get("village_code");
            String name = (String) row.get("village_name");
            if (code == null && name != null) {
                return new RowError(rowNo, villageColumn, name, "import.village.nameUnknown");
            }
            if (code == null) {
                return new RowError(rowNo, villageColumn, null, "field.required");
            }
            if (row.get("known_code") == null) {
                return new RowError(rowNo, villageColumn, code, "village.unknown");
            }
            return new RowError(rowNo, villageColumn, code, "village.notVillage");
        });
        RowJurisdiction.of(context.request()).rejectStaged(checks, ImportSql.HOUSEHOLD_STAGE, "household",
                mapping.column(AnjuField.HOUSEHOLD_CODE), villageColumn, "residence_house", "house",
                mapping.column(AnjuField.RESIDENCE_HOUSE) != null ? mapping.column(AnjuField.RESIDENCE_HOUSE)
                        : AnjuField.RESIDENCE_HOUSE.key(), "house.unknown");
        checks.reject(ImportSql.HOUSEHOLD_INCOMPLETE, row -> {
            long rowNo = ((Number) row.get("row_no")).longValue();
            AnjuField missing = row.get("head_name") == null ? AnjuField.HEAD_NAME : AnjuField.MEMBERS;
            String column = mapping.column(missing) != null ? mapping.column(missing) : missing.key();
            return new RowError(rowNo, column, null, "import.household.requiredForNew");
        });
        checks.reject(ImportSql.duplicates(ImportSql.HOUSEHOLD_STAGE), row -> new RowError(
                ((Number) row.get("row_no")).longValue(), mapping.column(AnjuField.HOUSEHOLD_CODE), row.get("code"),
                "import.code.duplicateInFile", row.get("first_row")));
        checks.reject(ImportSql.HOUSEHOLD_UNKNOWN_RESIDENCES, row -> new RowError(((Number) row.get("row_no")).longValue(),
                mapping.column(AnjuField.RESIDENCE_HOUSE), row.get("residence_house"), "house.unknown"));
    }

    @Override
    public long accepted() {
        return checks.count(ImportSql.accepted(ImportSql.HOUSEHOLD_STAGE));
    }

    @Override
    public long existing() {
        return checks.count(ImportSql.existing(ImportSql.HOUSEHOLD_STAGE, "household"));
    }

    @Override
    public long rejected() {
        return rejected + checks.count(ImportSql.rejectedCount(ImportSql.HOUSEHOLD_STAGE));
    }

    @Override
    public void merge() {
        checks.update(ImportSql.HOUSEHOLD_MERGE);
        checks.update(ImportSql.HOUSEHOLD_CATEGORIES_CLEAR);
        for (TargetCategory category : TargetCategory.values()) {
            checks.update(ImportSql.householdCategoryInsert(category));
        }
    }

    @Override
    public void clear() {
        checks.update(ImportSql.clear(ImportSql.HOUSEHOLD_STAGE));
    }
}

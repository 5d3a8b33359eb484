package org.anju.imports;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.anju.area.AdminCode;
import org.anju.area.AreaLevel;

/**
 * Imports administrative areas (行政区划) — usually township and village boundaries with their
 * statistical division codes — upserted by code into {@code admin_area}. The 12-digit code
 * (统计用区划代码: province 2, city 2, county 2, township 3, village 3) decides everything: the level
 * (a level column must agree), and the parent (a parent column must agree), which must be stored or
 * in the file for townships and villages; above them a missing parent makes the area a root. 6- and
 * 9-digit codes (county, township, as 第三次国土调查 data writes XZQDM) are padded with zeros. Only
 * codes inside the account's jurisdiction are accepted. A row without geometry changes the name
 * only; a stored area keeps what the file leaves empty. Stored houses that a new village boundary
 * leaves outside are counted in a note (their village is not changed).
 */
final class AdminAreaImport implements LayerImport {

    private static final Map<String, AreaLevel> LEVEL_WORDS = Map.ofEntries(
            Map.entry("省", AreaLevel.PROVINCE), Map.entry("自治区", AreaLevel.PROVINCE), Map.entry("直辖市", AreaLevel.PROVINCE),
            Map.entry("省级", AreaLevel.PROVINCE),
            Map.entry("市", AreaLevel.CITY), Map.entry("地级市", AreaLevel.CITY), Map.entry("自治州", AreaLevel.CITY),
            Map.entry("地区", AreaLevel.CITY), Map.entry("盟", AreaLevel.CITY), Map.entry("市级", AreaLevel.CITY),
            Map.entry("县", AreaLevel.COUNTY), Map.entry("区", AreaLevel.COUNTY), Map.entry("县级市", AreaLevel.COUNTY),
            Map.entry("旗", AreaLevel.COUNTY), Map.entry("自治县", AreaLevel.COUNTY), Map.entry("县级", AreaLevel.COUNTY),
            Map.entry("乡镇", AreaLevel.TOWNSHIP), Map.entry("乡", AreaLevel.TOWNSHIP), Map.entry("镇", AreaLevel.TOWNSHIP),
            Map.entry("街道", AreaLevel.TOWNSHIP), Map.entry("苏木", AreaLevel.TOWNSHIP), Map.entry("乡级", AreaLevel.TOWNSHIP),
            Map.entry("行政村", AreaLevel.VILLAGE), Map.entry("村", AreaLevel.VILLAGE), Map.entry("社区", AreaLevel.VILLAGE),
            Map.entry("居委会", AreaLevel.VILLAGE), Map.entry("村委会", AreaLevel.VILLAGE), Map.entry("嘎查", AreaLevel.VILLAGE),
            Map.entry("村级", AreaLevel.VILLAGE));

    private final ImportContext context;
    private final StagedChecks checks;
    private final AreaRows areas;
    private final AdminCode jurisdiction;
    private FieldMapping mapping;
    private StagingWriter writer;
    private long rejected;

    AdminAreaImport(ImportContext context) {
        this.context = context;
        this.checks = new StagedChecks(context.jdbc(), AdminAreaImportSql.STAGE, context.report().id(),
                context.report(), context.properties().batchSize());
        this.areas = new AreaRows(context.reprojection(), context.report());
        String code = context.request().jurisdiction();
        this.jurisdiction = code == null ? null : new AdminCode(code);
    }

    @Override
    public void startStaging() {
        writer = context.stagingWriter(AdminAreaImportSql.STAGE, AdminAreaImportSql.STAGE_COLUMNS,
                AdminAreaImportSql.GEOMETRY_COLUMNS);
    }

    @Override
    public void columns(List<String> columns, Set<String> truncated) {
        mapping = FieldMapping.of(ImportLayer.ADMIN_AREAS, columns, truncated, context.request().mapping(),
                context.heterogeneous());
        mapping.describe(columns, context.report());
        LayerImport.requireMapped(mapping, AnjuField.AREA_CODE, columns);
    }

    @Override
    public void record(SourceRecord record) {
        context.report().rowRead();
        RowCheck check = new RowCheck(record, mapping);
        AreaRows.Area area = areas.read(record, check, false);
        AdminCode code = code(check, AnjuField.AREA_CODE, true);
        String name = check.text(AnjuField.AREA_NAME, false, 100);
        AreaLevel level = code == null ? null : code.level();
        AdminCode parent = code == null ? null : code.parent();
        if (code != null) {
            String levelText = check.text(AnjuField.AREA_LEVEL, false, 20);
            AreaLevel given = levelText == null ? null : level(levelText);
            if (levelText != null && given == null) {
                check.error(AnjuField.AREA_LEVEL, levelText, "import.value.unknownWord", DomainValues.accepted(AreaLevel.class));
            } else if (given != null && given != level) {
                check.error(AnjuField.AREA_LEVEL, levelText, "import.area.levelMismatch", code.value(), level.label());
            }
            if (parent != null && parent.level().ordinal() != level.ordinal() - 1) {
                check.error(AnjuField.AREA_CODE, code.value(), "import.area.codeHierarchy", parent.value(),
                        parent.level().label(), level.label(), AreaLevel.values()[level.ordinal() - 1].label());
            }
            AdminCode givenParent = code(check, AnjuField.PARENT_CODE, false);
            if (givenParent != null && !givenParent.equals(parent)) {
                check.error(AnjuField.PARENT_CODE, givenParent.value(), "import.area.parentMismatch", code.value(),
                        parent == null ? "—" : parent.value());
            }
            if (jurisdiction != null && (code.value().compareTo(jurisdiction.firstVillage()) < 0
                    || code.value().compareTo(jurisdiction.lastVillage()) > 0)) {
                check.error(AnjuField.AREA_CODE, code.value(), "import.area.outsideJurisdiction", jurisdiction.value());
            }
        }
        if (!check.errors().isEmpty() || code == null) {
            rejected++;
            check.errors().forEach(context.report()::error);
            return;
        }
        areas.staged(record.row(), area);
        writer.add(context.report().id(), record.row(), code.value(), name, level.name(),
                parent == null ? null : parent.value(), area == null ? null : area.polygons());
    }

    /**
     * The code in {@code field}: 12 digits, or 6/9 (a county's or township's, padded with zeros and
     * noted); a number cell such as {@code 140825100201} too. {@code null} with an error when it is
     * none, or when required and missing.
     */
    private AdminCode code(RowCheck check, AnjuField field, boolean required) {
        String text = check.text(field, required, 30);
        if (text == null) {
            return null;
        }
        String digits = text.replaceAll("\\s", "");
        if (digits.matches("[0-9]{6}|[0-9]{9}")) {
            context.report().note("import.note.codePadded");
            digits = digits + "0".repeat(12 - digits.length());
        }
        if (!AdminCode.isValid(digits)) {
            check.error(field, text, "adminCode.form");
            return null;
        }
        return new AdminCode(digits);
    }

    private static AreaLevel level(String text) {
        String t = HazardValues.plain(text);
        AreaLevel word = LEVEL_WORDS.get(t);
        if (word != null) {
            return word;
        }
        for (AreaLevel level : AreaLevel.values()) {
            if (level.name().equalsIgnoreCase(t.toUpperCase(Locale.ROOT)) || level.label().equals(t)) {
                return level;
            }
        }
        return null;
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
        String codeColumn = mapping.column(AnjuField.AREA_CODE);
        checks.reject(ImportSql.duplicates(AdminAreaImportSql.STAGE), row -> new RowError(rowNo(row), codeColumn,
                row.get("code"), "import.code.duplicateInFile", String.valueOf(row.get("first_row"))));
        for (AreaLevel level : AreaLevel.values()) {
            if (level.ordinal() < AreaLevel.TOWNSHIP.ordinal()) {
                checks.update(AdminAreaImportSql.orphansBecomeRoots(level));
            } else {
                checks.reject(AdminAreaImportSql.parentUnknown(level), row -> new RowError(rowNo(row), codeColumn,
                        row.get("code"), "import.area.parentUnknown", row.get("parent_code")));
            }
        }
        checks.reject(AdminAreaImportSql.NEW_WITHOUT_NAME, row -> new RowError(rowNo(row),
                mapping.column(AnjuField.AREA_NAME) != null ? mapping.column(AnjuField.AREA_NAME) : AnjuField.AREA_NAME.key(),
                null, "import.area.nameRequired"));
        long outside = checks.count(AdminAreaImportSql.housesOutsideNewBoundary(context.dialect()));
        if (outside > 0) {
            context.report().note("import.note.housesOutsideBoundary", outside);
        }
    }

    @Override
    public long accepted() {
        return checks.count(ImportSql.accepted(AdminAreaImportSql.STAGE));
    }

    @Override
    public long existing() {
        return checks.count(ImportSql.existing(AdminAreaImportSql.STAGE, "admin_area"));
    }

    @Override
    public long rejected() {
        return rejected + checks.count(ImportSql.rejectedCount(AdminAreaImportSql.STAGE));
    }

    @Override
    public void merge() {
        for (AreaLevel level : AreaLevel.values()) {
            checks.update(AdminAreaImportSql.merge(level));
        }
    }

    @Override
    public void clear() {
        checks.update(ImportSql.clear(AdminAreaImportSql.STAGE));
    }

    private static long rowNo(Map<String, Object> row) {
        return ((Number) row.get("row_no")).longValue();
    }
}

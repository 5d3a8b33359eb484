package org.anju.emergency;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.anju.export.Column;
import org.anju.export.ColumnType;
import org.anju.export.ExportRow;
import org.anju.export.PlacemarkName;
import org.anju.export.TableSchema;
import org.anju.house.Occupancy;
import org.anju.house.SafetyGrade;
import org.anju.house.StructureType;
import org.anju.household.TargetCategory;
import org.anju.privacy.PersonalDataMask;
import org.anju.system.EnumLabels;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * A target list (排查目标清单) as people read it: Chinese headers, Chinese terms, the reason each
 * house is on the list, and personal data masked (through {@link PersonalDataMask}).
 */
final class TargetList {

    private static final Map<Integer, String> REASONS = Map.of(
            1, "有人居住的D级危房",
            2, "有人居住的C级危房",
            3, "有人居住、未评定，住有重点对象或优先户",
            4, "有人居住，住有6类重点对象",
            5, "受影响农房");

    /**
     * What a house is called on a phone map (KML): its priority, its household head masked as a map
     * label shows a name (the house code when nobody lives there), its village — "优先1 张*明 东村",
     * "Priority 1 张*明 东村" in English (by the Chinese or not).
     */
    private static final Map<Boolean, PlacemarkName> PLACEMARK_NAME = Map.of(
            true, placemarkName("优先{0}"), false, placemarkName("Priority {0}"));

    private final boolean withSeverity;
    private final Map<Integer, String> severityNames;
    private final EnumLabels labels;

    private TargetList(boolean withSeverity, Map<Integer, String> severityNames, EnumLabels labels) {
        this.withSeverity = withSeverity;
        this.severityNames = severityNames;
        this.labels = labels;
    }

    /** The list of houses a disaster affected, with the severity class each falls in. */
    static TargetList affected(Map<Integer, String> severityNames, EnumLabels labels) {
        return new TargetList(true, severityNames, labels);
    }

    /** The list of houses where people live in danger (危房住人). */
    static TargetList livingInDanger(EnumLabels labels) {
        return new TargetList(false, Map.of(), labels);
    }

    TableSchema schema(String title) {
        List<Column> columns = new ArrayList<>(List.of(
                new Column("priority", "优先级", ColumnType.INTEGER),
                new Column("reason", "排查原因", ColumnType.TEXT),
                new Column("house_code", "房屋编码", ColumnType.TEXT),
                new Column("township", "乡镇", ColumnType.TEXT),
                new Column("village", "行政村", ColumnType.TEXT),
                new Column("address", "地址", ColumnType.TEXT),
                new Column("grade", "安全等级", ColumnType.TEXT),
                new Column("structure", "结构类型", ColumnType.TEXT),
                new Column("occupancy", "居住状态", ColumnType.TEXT),
                new Column("year_built", "建造年份", ColumnType.INTEGER)));
        if (withSeverity) {
            columns.add(new Column("severity", "灾害等级", ColumnType.TEXT));
        }
        columns.addAll(List.of(
                new Column("head_name", "户主姓名", ColumnType.TEXT),
                new Column("id_number", "身份证号", ColumnType.TEXT),
                new Column("phone", "联系电话", ColumnType.TEXT),
                new Column("members", "家庭人口", ColumnType.INTEGER),
                new Column("category", "重点对象类别", ColumnType.TEXT),
                new Column("flags", "优先情形", ColumnType.TEXT),
                new Column("safe_house", "另有安全住房", ColumnType.BOOLEAN),
                new Column("households", "居住户数", ColumnType.INTEGER),
                new Column("persons", "居住人数", ColumnType.INTEGER)));
        return new TableSchema(title, columns, "house_code", "township").withPlacemarkName(PLACEMARK_NAME.get(
                Locale.CHINESE.getLanguage().equals(LocaleContextHolder.getLocale().getLanguage())));
    }

    private static PlacemarkName placemarkName(String priority) {
        return PlacemarkName.of(PlacemarkName.Part.of("priority", priority),
                PlacemarkName.Part.maskedName("head_name", "house_code"), PlacemarkName.Part.of("village"));
    }

    ExportRow row(ResultSet rs) throws SQLException {
        int priority = rs.getInt("priority");
        boolean ownsSafeHouse = rs.getBoolean("owns_safe_house");
        String reason = REASONS.get(priority) + (ownsSafeHouse && priority <= 2 ? "；建新未拆旧，仍住危房" : "");
        List<Object> values = new ArrayList<>(List.of(
                priority, reason, rs.getString("house_code")));
        values.add(rs.getString("township_name"));
        values.add(rs.getString("village_name"));
        values.add(rs.getString("address"));
        values.add(labels.of(SafetyGrade.class, rs.getString("grade")));
        values.add(labels.of(StructureType.class, rs.getString("structure")));
        values.add(labels.of(Occupancy.class, rs.getString("occupancy")));
        values.add(integerOrNull(rs, "year_built"));
        if (withSeverity) {
            int rank = rs.getInt("severity_rank");
            values.add(severityNames.getOrDefault(rank, rank == 0 ? "" : String.valueOf(rank)));
        }
        String category = rs.getString("primary_category");
        values.add(rs.getString("head_name"));
        values.add(PersonalDataMask.idNumber(rs.getString("id_number")));
        values.add(PersonalDataMask.phone(rs.getString("phone")));
        values.add(integerOrNull(rs, "members"));
        values.add(labels.of(TargetCategory.class, category));
        values.add(flags(rs));
        values.add(ownsSafeHouse);
        values.add(rs.getInt("households"));
        values.add(rs.getInt("persons"));
        return new ExportRow(rs.getDouble("lon"), rs.getDouble("lat"), values.toArray());
    }

    private static String flags(ResultSet rs) throws SQLException {
        List<String> flags = new ArrayList<>();
        if (rs.getBoolean("disabled_member")) {
            flags.add("残疾人");
        }
        if (rs.getBoolean("military_family")) {
            flags.add("军人军属");
        }
        if (rs.getBoolean("veteran")) {
            flags.add("退役军人");
        }
        if (rs.getBoolean("elderly_alone")) {
            flags.add("独居老人");
        }
        return String.join("、", flags);
    }

    private static Integer integerOrNull(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }
}

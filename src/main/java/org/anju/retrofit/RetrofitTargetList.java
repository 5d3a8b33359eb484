package org.anju.retrofit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

import org.anju.export.Column;
import org.anju.export.ColumnType;
import org.anju.export.ExportRow;
import org.anju.export.PlacemarkName;
import org.anju.export.TableSchema;
import org.anju.house.SafetyGrade;
import org.anju.house.SeismicMeasures;
import org.anju.house.StructureType;
import org.anju.household.TargetCategory;
import org.anju.privacy.PersonalDataMask;
import org.anju.system.EnumLabels;

/** The retrofit candidate list as people read it: Chinese headers and terms, personal data masked. */
final class RetrofitTargetList {

    /** On a phone map (KML): the household head masked as a map label shows a name (else the house code), the village. */
    private static final PlacemarkName PLACEMARK_NAME = PlacemarkName.of(
            PlacemarkName.Part.maskedName("head_name", "house_code"), PlacemarkName.Part.of("village"));

    private RetrofitTargetList() {
    }

    static TableSchema schema() {
        return new TableSchema("抗震改造候选农房", List.of(
                new Column("house_code", "房屋编码", ColumnType.TEXT),
                new Column("township", "乡镇", ColumnType.TEXT),
                new Column("village", "行政村", ColumnType.TEXT),
                new Column("address", "地址", ColumnType.TEXT),
                new Column("grade", "安全等级", ColumnType.TEXT),
                new Column("structure", "结构类型", ColumnType.TEXT),
                new Column("seismic", "圈梁构造柱", ColumnType.TEXT),
                new Column("storeys", "层数", ColumnType.INTEGER),
                new Column("year_built", "建造年份", ColumnType.INTEGER),
                new Column("intensity", "烈度/栅格值", ColumnType.DECIMAL),
                new Column("reason", "不达标原因", ColumnType.TEXT),
                new Column("head_name", "户主姓名", ColumnType.TEXT),
                new Column("id_number", "身份证号", ColumnType.TEXT),
                new Column("phone", "联系电话", ColumnType.TEXT),
                new Column("members", "家庭人口", ColumnType.INTEGER),
                new Column("category", "重点对象类别", ColumnType.TEXT)), "house_code", "township")
                .withPlacemarkName(PLACEMARK_NAME);
    }

    static ExportRow row(ResultSet rs, EnumLabels labels) throws SQLException {
        String category = rs.getString("primary_category");
        return new ExportRow(rs.getDouble("lon"), rs.getDouble("lat"), new Object[] {
                rs.getString("house_code"), rs.getString("township_name"), rs.getString("village_name"),
                rs.getString("address"), labels.of(SafetyGrade.class, rs.getString("grade")),
                labels.of(StructureType.class, rs.getString("structure")),
                labels.of(SeismicMeasures.class, rs.getString("seismic_measures")), integer(rs, "storeys"),
                integer(rs, "year_built"), decimal(rs, "intensity"), rs.getString("reason"), rs.getString("head_name"),
                PersonalDataMask.idNumber(rs.getString("id_number")), PersonalDataMask.phone(rs.getString("phone")),
                integer(rs, "members"), labels.of(TargetCategory.class, category)});
    }

    private static java.math.BigDecimal decimal(ResultSet rs, String column) throws SQLException {
        java.math.BigDecimal value = rs.getBigDecimal(column);
        return value == null ? null : value.stripTrailingZeros();
    }

    private static Integer integer(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }
}

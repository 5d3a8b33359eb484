package org.anju.export;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A small emergency target list (应急排查目标清单) with the hard cases every format must survive:
 * Chinese text, nulls, a date, decimals given as BigDecimal, Double and Integer, a {@code <script>}
 * name, a value starting with "=", text over 254 UTF-8 bytes, a comma/newline/quote value, two
 * interleaved townships, and a row with neither township nor location.
 */
final class TargetListFixture {

    static final TableSchema SCHEMA = new TableSchema("应急排查目标清单", List.of(
            new Column("house_code", "房屋编码", ColumnType.TEXT),
            new Column("household_head", "户主姓名", ColumnType.TEXT),
            new Column("township", "乡镇", ColumnType.TEXT),
            new Column("grade", "安全等级", ColumnType.TEXT),
            new Column("household_members", "家庭人口", ColumnType.INTEGER),
            new Column("floor_area", "建筑面积（㎡）", ColumnType.DECIMAL),
            new Column("assessed_on", "鉴定日期", ColumnType.DATE),
            new Column("occupied", "是否住人", ColumnType.BOOLEAN),
            new Column("remark", "备注", ColumnType.TEXT)),
            "household_head", "township");

    static final String SCRIPT_NAME = "<script>alert('x')</script>";
    static final String FORMULA = "=HYPERLINK(\"http://example.invalid\",\"点我\")";
    static final String LONG_REMARK = "危".repeat(100);
    static final String MULTILINE_REMARK = "第一行,\n第二行 \"引号\"";

    static final List<ExportRow> ROWS = List.of(
            ExportRow.at(111.2123456, 35.6123456, "140825001001", "王建国", "古交镇", "D", 4,
                    new BigDecimal("85.50"), LocalDate.of(2023, 7, 15), true, "汛期后复查，已劝离"),
            ExportRow.at(111.3, 35.7, "140825002001", SCRIPT_NAME, "泉掌镇", "C", null,
                    null, null, false, FORMULA),
            ExportRow.at(111.25, 35.65, "140825001002", "李秀英", "古交镇", "B级（基本安全）", 1L,
                    40.25, LocalDate.of(2024, 1, 3), null, LONG_REMARK),
            ExportRow.at(111.35, 35.75, "140825002002", "张三", "泉掌镇", null, 2,
                    120, LocalDate.of(2022, 12, 31), true, MULTILINE_REMARK),
            ExportRow.withoutLocation("140825003001", "赵六", null, "未评定", 3,
                    null, null, false, "-12.5"));

    private TargetListFixture() {
    }

    static byte[] export(ExportFormat format, ExportOptions options) {
        return export(format, SCHEMA, ROWS, options);
    }

    static byte[] export(ExportFormat format, TableSchema schema, List<ExportRow> rows, ExportOptions options) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long written = ExportWriters.writeAll(format, schema, rows.iterator(), out, options);
        if (written != rows.size()) {
            throw new AssertionError("wrote " + written + " of " + rows.size() + " rows");
        }
        return out.toByteArray();
    }
}

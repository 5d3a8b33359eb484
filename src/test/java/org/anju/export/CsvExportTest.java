package org.anju.export;

import static org.anju.export.TargetListFixture.FORMULA;
import static org.anju.export.TargetListFixture.LONG_REMARK;
import static org.anju.export.TargetListFixture.MULTILINE_REMARK;
import static org.anju.export.TargetListFixture.SCRIPT_NAME;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/** CSV for Excel/WPS: BOM, CRLF, Chinese labels, 经度/纬度 last, formulas defused. */
class CsvExportTest {

    private static final byte[] CSV = TargetListFixture.export(ExportFormat.CSV, ExportOptions.DEFAULTS);
    private static final String TEXT = new String(CSV, StandardCharsets.UTF_8);

    @Test
    void startsWithTheUtf8ByteOrderMarkSoExcelReadsChinese() {
        assertThat(CSV).startsWith(0xEF, 0xBB, 0xBF);
    }

    @Test
    void endsEveryRecordWithCrLf() {
        // 1 header + 5 rows; the only bare LF is inside the quoted multi-line remark
        assertThat(TEXT.split("\r\n", -1)).hasSize(7);
        assertThat(TEXT).endsWith("\r\n");
        assertThat(TEXT.replace("\r\n", "")).containsOnlyOnce("\n");
    }

    @Test
    void headerIsTheLabelsThenLongitudeAndLatitude() throws IOException {
        assertThat(records().get(0).toList()).containsExactly(
                "房屋编码", "户主姓名", "乡镇", "安全等级", "家庭人口", "建筑面积（㎡）", "鉴定日期", "是否住人", "备注", "经度", "纬度");
    }

    @Test
    void valuesAreWrittenForPeople() throws IOException {
        List<CSVRecord> records = records();
        assertThat(records).hasSize(6);
        assertThat(records.get(1).toList()).containsExactly("140825001001", "王建国", "古交镇", "D", "4", "85.50",
                "2023-07-15", "是", "汛期后复查，已劝离", "111.2123456", "35.6123456");
        assertThat(records.get(2).toList()).containsExactly("140825002001", SCRIPT_NAME, "泉掌镇", "C", "", "",
                "", "否", "'" + FORMULA, "111.3000000", "35.7000000");
        assertThat(records.get(3).toList()).containsExactly("140825001002", "李秀英", "古交镇", "B级（基本安全）", "1",
                "40.25", "2024-01-03", "", LONG_REMARK, "111.2500000", "35.6500000");
        assertThat(records.get(4).toList()).containsExactly("140825002002", "张三", "泉掌镇", "", "2", "120",
                "2022-12-31", "是", MULTILINE_REMARK, "111.3500000", "35.7500000");
        assertThat(records.get(5).toList()).containsExactly("140825003001", "赵六", "", "未评定", "3", "", "",
                "否", "-12.5", "", "");
    }

    private static List<CSVRecord> records() throws IOException {
        return CSVFormat.RFC4180.parse(new StringReader(TEXT.substring(1))).getRecords();
    }
}

package org.anju.export;

import static org.anju.export.TargetListFixture.FORMULA;
import static org.anju.export.TargetListFixture.SCRIPT_NAME;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** Excel through SXSSF, read back with POI's non-streaming XSSF reader. */
class XlsxExportTest {

    @Test
    void oneSheetNamedAfterTheTitleWithABoldFrozenFilteredHeader() throws IOException {
        try (XSSFWorkbook workbook = read(ExportOptions.DEFAULTS)) {
            assertThat(sheetNames(workbook)).containsExactly("应急排查目标清单");
            XSSFSheet sheet = workbook.getSheetAt(0);
            XSSFRow header = sheet.getRow(0);
            assertThat(texts(header)).containsExactly(
                    "房屋编码", "户主姓名", "乡镇", "安全等级", "家庭人口", "建筑面积（㎡）", "鉴定日期", "是否住人", "备注", "经度", "纬度");
            assertThat(header.getCell(0).getCellStyle().getFont().getBold()).isTrue();
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
            assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:K6");
            assertThat(workbook.getProperties().getCoreProperties().getTitle()).isEqualTo("应急排查目标清单");
        }
    }

    @Test
    void numbersAndDatesAreTypedCells() throws IOException {
        try (XSSFWorkbook workbook = read(ExportOptions.DEFAULTS)) {
            XSSFRow row = workbook.getSheetAt(0).getRow(1);
            assertThat(row.getCell(0).getStringCellValue()).isEqualTo("140825001001");
            assertThat(row.getCell(4).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(row.getCell(4).getNumericCellValue()).isEqualTo(4.0);
            assertThat(row.getCell(5).getNumericCellValue()).isEqualTo(85.5);
            XSSFCell date = row.getCell(6);
            assertThat(DateUtil.isCellDateFormatted(date)).isTrue();
            assertThat(date.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2023, 7, 15));
            assertThat(date.getCellStyle().getDataFormatString()).isEqualTo("yyyy-mm-dd");
            assertThat(row.getCell(7).getStringCellValue()).isEqualTo("是");
            assertThat(row.getCell(9).getNumericCellValue()).isEqualTo(111.2123456);
            assertThat(row.getCell(9).getCellStyle().getDataFormatString()).isEqualTo("0.0000000");
            assertThat(row.getCell(10).getNumericCellValue()).isEqualTo(35.6123456);
        }
    }

    @Test
    void textStaysTextAndNullsStayEmpty() throws IOException {
        try (XSSFWorkbook workbook = read(ExportOptions.DEFAULTS)) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            XSSFRow script = sheet.getRow(2);
            assertThat(script.getCell(1).getStringCellValue()).isEqualTo(SCRIPT_NAME);
            assertThat(script.getCell(8).getCellType()).isEqualTo(CellType.STRING);
            assertThat(script.getCell(8).getStringCellValue()).isEqualTo(FORMULA);
            assertThat(script.getCell(4, Row.MissingCellPolicy.RETURN_BLANK_AS_NULL)).isNull();
            assertThat(script.getCell(6, Row.MissingCellPolicy.RETURN_BLANK_AS_NULL)).isNull();
            XSSFRow noLocation = sheet.getRow(5);
            assertThat(noLocation.getCell(1).getStringCellValue()).isEqualTo("赵六");
            assertThat(noLocation.getCell(9, Row.MissingCellPolicy.RETURN_BLANK_AS_NULL)).isNull();
            assertThat(sheet.getLastRowNum()).isEqualTo(5);
        }
    }

    @Test
    void columnsAreWideEnoughForTheirValues() throws IOException {
        try (XSSFWorkbook workbook = read(ExportOptions.DEFAULTS)) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getColumnWidth(0)).isGreaterThanOrEqualTo(12 * 256);  // 140825001001
            assertThat(sheet.getColumnWidth(3)).isGreaterThanOrEqualTo(15 * 256);  // B级（基本安全）: 7 CJK + 1
            assertThat(sheet.getColumnWidth(8)).isEqualTo(60 * 256);               // long remark: capped
        }
    }

    @Test
    void sheetPerGroupAddsOneSheetPerTownshipInOrderOfFirstAppearance() throws IOException {
        try (XSSFWorkbook workbook = read(ExportOptions.DEFAULTS.withSheetPerGroup(true))) {
            assertThat(sheetNames(workbook)).containsExactly("全部", "古交镇", "泉掌镇", "未分组");
            assertThat(names(workbook.getSheet("全部"))).containsExactly("王建国", SCRIPT_NAME, "李秀英", "张三", "赵六");
            assertThat(names(workbook.getSheet("古交镇"))).containsExactly("王建国", "李秀英");
            assertThat(names(workbook.getSheet("泉掌镇"))).containsExactly(SCRIPT_NAME, "张三");
            assertThat(names(workbook.getSheet("未分组"))).containsExactly("赵六");
            XSSFSheet township = workbook.getSheet("泉掌镇");
            assertThat(texts(township.getRow(0))).startsWith("房屋编码", "户主姓名");
            assertThat(township.getPaneInformation().isFreezePane()).isTrue();
            assertThat(township.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:K3");
        }
    }

    @Test
    void theAllRowsSheetCanBeLeftOut() throws IOException {
        try (XSSFWorkbook workbook = read(ExportOptions.DEFAULTS.withSheetPerGroup(true).withAllRowsSheet(false))) {
            assertThat(sheetNames(workbook)).containsExactly("古交镇", "泉掌镇", "未分组");
        }
    }

    @Test
    void sheetNamesAreMadeValidAndUnique() throws IOException {
        TableSchema schema = new TableSchema("名单", List.of(
                new Column("name", "姓名", ColumnType.TEXT),
                new Column("village", "村", ColumnType.TEXT)), "name", "village");
        String longName = "a".repeat(40);
        List<ExportRow> rows = List.of(
                ExportRow.at(111, 35, "甲", "东片/西片[1]"),
                ExportRow.at(111, 35, "乙", longName),
                ExportRow.at(111, 35, "丙", "A" + longName),
                ExportRow.at(111, 35, "丁", "History"),
                ExportRow.at(111, 35, "戊", "  "),
                ExportRow.at(111, 35, "己", null));
        byte[] xlsx = TargetListFixture.export(ExportFormat.XLSX, schema, rows,
                ExportOptions.DEFAULTS.withSheetPerGroup(true).withAllRowsSheet(false));
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(sheetNames(workbook)).containsExactly(
                    "东片_西片_1_", "a".repeat(31), "A" + "a".repeat(26) + " (2)", "History_", "未分组");
            XSSFSheet noGroup = workbook.getSheet("未分组");
            assertThat(noGroup.getRow(1).getCell(0).getStringCellValue()).isEqualTo("戊");
            assertThat(noGroup.getRow(2).getCell(0).getStringCellValue()).isEqualTo("己");
        }
    }

    @Test
    void excelLimitsAreRespected() throws IOException {
        TableSchema schema = new TableSchema("名单", List.of(
                new Column("name", "姓名", ColumnType.TEXT),
                new Column("code", "编码", ColumnType.INTEGER)), "name", null);
        byte[] xlsx = TargetListFixture.export(ExportFormat.XLSX, schema,
                List.of(ExportRow.at(111, 35, "长".repeat(40_000), 1_234_567_890_123_456_789L)), ExportOptions.DEFAULTS);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            XSSFRow row = workbook.getSheetAt(0).getRow(1);
            assertThat(row.getCell(0).getStringCellValue()).hasSize(32_767);
            // beyond Excel's 15 significant digits a number would be changed: kept exact as text
            assertThat(row.getCell(1).getStringCellValue()).isEqualTo("1234567890123456789");
        }
    }

    @Test
    void anEmptyListIsAWorkbookWithAHeader() throws IOException {
        byte[] xlsx = TargetListFixture.export(ExportFormat.XLSX, TargetListFixture.SCHEMA, List.of(),
                ExportOptions.DEFAULTS.withSheetPerGroup(true).withAllRowsSheet(false));
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(sheetNames(workbook)).containsExactly("应急排查目标清单");
            assertThat(workbook.getSheetAt(0).getLastRowNum()).isZero();
        }
    }

    private static XSSFWorkbook read(ExportOptions options) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(TargetListFixture.export(ExportFormat.XLSX, options)));
    }

    private static List<String> sheetNames(XSSFWorkbook workbook) {
        List<String> names = new ArrayList<>();
        workbook.forEach(sheet -> names.add(sheet.getSheetName()));
        return names;
    }

    private static List<String> texts(Row row) {
        List<String> texts = new ArrayList<>();
        row.forEach(cell -> texts.add(cell.getStringCellValue()));
        return texts;
    }

    /** Column B (the household head) of every data row. */
    private static List<String> names(XSSFSheet sheet) {
        List<String> names = new ArrayList<>();
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            names.add(sheet.getRow(r).getCell(1).getStringCellValue());
        }
        return names;
    }
}

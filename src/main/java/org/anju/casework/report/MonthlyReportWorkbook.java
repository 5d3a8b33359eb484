package org.anju.casework.report;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.List;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The monthly form as the printed attachment of seed 002 (附件1 农村危房改造进度报表, 附件2 既有房屋抗震改造进度报表):
 * one sheet laid out like the paper form, ready to print on one landscape A4 page wide and to stamp.
 *
 * <p>Rows, top to bottom (0-based): 0 the title; 1 填报单位（盖章）, 填报人, 联系电话 (left blank to fill in
 * by hand when not given); 2–3 the two-row header — a group heading (开工户数（户）, 竣工户数（户）, the three
 * fund groups （万元）) merged over its sub-columns in row 3, the unit column (1) and 完成投资总额 (23) merged
 * over both rows; 4 the column numbers 1–23; then one row per township and the county total (bold);
 * then 填表说明 as printed, plus a note that columns 14–19 are for finance to fill in. The header rows
 * 2–4 repeat on every printed page; panes are frozen below them and right of column 1.
 *
 * <p>Cells: counts as integers, money in 万元 with 4 decimals, columns Anju keeps no figure for (14–19)
 * empty but bordered. A small, bounded sheet (townships of one county), so plain {@link XSSFWorkbook}.
 */
final class MonthlyReportWorkbook {

    /** 填报单位, 填报人 and 联系电话 of the form's header; null values are left blank to fill in by hand. */
    record Signature(String unit, String reporter, String phone) {
    }

    static final int TITLE_ROW = 0;
    static final int SIGNATURE_ROW = 1;
    static final int GROUP_ROW = 2;
    static final int COLUMN_ROW = 3;
    static final int NUMBER_ROW = 4;
    static final int FIRST_DATA_ROW = 5;
    static final int COLUMNS = 23;

    /** 填表说明 as printed under both forms (seed 002), then Anju's reading of the empty columns. */
    static final List<String> NOTES = List.of(
            "填表说明：",
            "1. 统计时间截至统计月度月底；",
            "2. 具有多重身份的同户仅统计一次，优先顺序为：脱贫享受政策户、防止返贫监测帮扶对象、农村低保户、分散供养特困人员、严重困难家庭、低保边缘家庭。",
            "3. 第15栏包括已落实的省、市、县等各级补助资金之和；",
            "4. 填写本表后，请于次月3日前报至市住建局、民政局、乡村振兴局。",
            "注：第14—19栏为预算资金数，本系统不记录，由财政部门填写；第20—22栏为案件台账登记的拨付，第23栏为当年竣工案件登记的造价。");

    private MonthlyReportWorkbook() {
    }

    static void write(MonthlyReport.Form form, Signature signature, OutputStream out) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            workbook.getProperties().getCoreProperties().setTitle(form.title());
            workbook.getProperties().getCoreProperties().setCreator("Anju 安居");
            Styles styles = new Styles(workbook);
            XSSFSheet sheet = workbook.createSheet(form.programme() == org.anju.casework.Programme.DANGEROUS_HOUSE
                    ? "附件1" : "附件2");

            Row title = sheet.createRow(TITLE_ROW);
            title.setHeightInPoints(30);
            text(title, 0, form.title(), styles.title);
            merge(sheet, TITLE_ROW, TITLE_ROW, 0, COLUMNS - 1);

            Row sign = sheet.createRow(SIGNATURE_ROW);
            sign.setHeightInPoints(22);
            text(sign, 0, "填报单位（盖章）：" + blank(signature.unit()), styles.plain);
            merge(sheet, SIGNATURE_ROW, SIGNATURE_ROW, 0, 9);
            text(sign, 10, "填报人：" + blank(signature.reporter()), styles.plain);
            merge(sheet, SIGNATURE_ROW, SIGNATURE_ROW, 10, 15);
            text(sign, 16, "联系电话：" + blank(signature.phone()), styles.plain);
            merge(sheet, SIGNATURE_ROW, SIGNATURE_ROW, 16, COLUMNS - 1);

            header(sheet, form, styles);
            int r = FIRST_DATA_ROW;
            for (MonthlyReport.Row row : form.rows()) {
                boolean total = r == FIRST_DATA_ROW + form.rows().size() - 1;
                Row line = sheet.createRow(r++);
                line.setHeightInPoints(20);
                text(line, 0, row.unit(), total ? styles.totalUnit : styles.unit);
                for (int i = 0; i < row.columns().length; i++) {
                    Cell cell = line.createCell(i + 1);
                    Object value = row.columns()[i];
                    if (value instanceof Long count) {
                        cell.setCellValue(count);
                        cell.setCellStyle(total ? styles.totalCount : styles.count);
                    } else if (value instanceof BigDecimal money) {
                        cell.setCellValue(money.doubleValue());
                        cell.setCellStyle(total ? styles.totalMoney : styles.money);
                    } else {
                        cell.setCellStyle(styles.empty);
                    }
                }
            }
            r++;
            for (String note : NOTES) {
                Row line = sheet.createRow(r);
                text(line, 0, note, styles.plain);
                merge(sheet, r, r, 0, COLUMNS - 1);
                r++;
            }

            sheet.setColumnWidth(0, 16 * 256);
            for (int c = 1; c < COLUMNS; c++) {
                sheet.setColumnWidth(c, (c <= 12 ? 7 : 10) * 256);
            }
            sheet.createFreezePane(1, FIRST_DATA_ROW);
            sheet.setRepeatingRows(new CellRangeAddress(GROUP_ROW, NUMBER_ROW, -1, -1));
            PrintSetup print = sheet.getPrintSetup();
            print.setLandscape(true);
            print.setPaperSize(PrintSetup.A4_PAPERSIZE);
            print.setFitWidth((short) 1);
            print.setFitHeight((short) 0);
            sheet.setFitToPage(true);
            sheet.setHorizontallyCenter(true);
            sheet.setMargin(org.apache.poi.ss.usermodel.PageMargin.LEFT, 0.4);
            sheet.setMargin(org.apache.poi.ss.usermodel.PageMargin.RIGHT, 0.4);
            workbook.write(out);
        }
    }

    /** Rows 2–4: group headings over their sub-columns, single columns merged over both rows, numbers 1–23. */
    private static void header(XSSFSheet sheet, MonthlyReport.Form form, Styles styles) {
        Row groups = sheet.createRow(GROUP_ROW);
        groups.setHeightInPoints(44);
        Row columns = sheet.createRow(COLUMN_ROW);
        columns.setHeightInPoints(66);
        Row numbers = sheet.createRow(NUMBER_ROW);
        numbers.setHeightInPoints(18);
        int c = 0;
        for (MonthlyReport.HeaderGroup group : MonthlyReport.header(form.programme())) {
            String heading = group.unit() == null ? group.heading() : group.heading() + "（" + group.unit() + "）";
            for (int i = 0; i < group.width(); i++) {
                groups.createCell(c + i).setCellStyle(styles.header);
                columns.createCell(c + i).setCellStyle(styles.header);
            }
            groups.getCell(c).setCellValue(heading);
            if (group.columns().isEmpty()) {
                merge(sheet, GROUP_ROW, COLUMN_ROW, c, c);
            } else {
                merge(sheet, GROUP_ROW, GROUP_ROW, c, c + group.width() - 1);
                for (int i = 0; i < group.width(); i++) {
                    columns.getCell(c + i).setCellValue(group.columns().get(i));
                }
            }
            c += group.width();
        }
        if (c != COLUMNS) {
            throw new IllegalStateException("the form has " + COLUMNS + " columns, the header " + c);
        }
        for (int i = 0; i < COLUMNS; i++) {
            Cell cell = numbers.createCell(i);
            cell.setCellValue(i + 1);
            cell.setCellStyle(styles.number);
        }
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? "" : value.strip();
    }

    private static void text(Row row, int column, String value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }

    private static void merge(XSSFSheet sheet, int firstRow, int lastRow, int firstColumn, int lastColumn) {
        sheet.addMergedRegion(new CellRangeAddress(firstRow, lastRow, firstColumn, lastColumn));
    }

    /** The cell styles of the form (a workbook holds at most 64,000: create each once). */
    private static final class Styles {
        final CellStyle title;
        final CellStyle plain;
        final CellStyle header;
        final CellStyle number;
        final CellStyle unit;
        final CellStyle totalUnit;
        final CellStyle count;
        final CellStyle totalCount;
        final CellStyle money;
        final CellStyle totalMoney;
        final CellStyle empty;

        Styles(XSSFWorkbook workbook) {
            Font big = workbook.createFont();
            big.setBold(true);
            big.setFontHeightInPoints((short) 16);
            Font bold = workbook.createFont();
            bold.setBold(true);
            title = workbook.createCellStyle();
            title.setFont(big);
            title.setAlignment(HorizontalAlignment.CENTER);
            title.setVerticalAlignment(VerticalAlignment.CENTER);
            plain = workbook.createCellStyle();
            plain.setVerticalAlignment(VerticalAlignment.CENTER);
            header = bordered(workbook);
            header.setFont(bold);
            header.setAlignment(HorizontalAlignment.CENTER);
            header.setWrapText(true);
            number = bordered(workbook);
            number.setAlignment(HorizontalAlignment.CENTER);
            unit = bordered(workbook);
            totalUnit = bordered(workbook);
            totalUnit.setFont(bold);
            count = numeric(workbook, "0", null);
            totalCount = numeric(workbook, "0", bold);
            money = numeric(workbook, "0.0000", null);
            totalMoney = numeric(workbook, "0.0000", bold);
            empty = bordered(workbook);
        }

        private static CellStyle bordered(XSSFWorkbook workbook) {
            CellStyle style = workbook.createCellStyle();
            style.setBorderTop(BorderStyle.THIN);
            style.setBorderBottom(BorderStyle.THIN);
            style.setBorderLeft(BorderStyle.THIN);
            style.setBorderRight(BorderStyle.THIN);
            style.setVerticalAlignment(VerticalAlignment.CENTER);
            return style;
        }

        private static CellStyle numeric(XSSFWorkbook workbook, String format, Font font) {
            CellStyle style = bordered(workbook);
            style.setDataFormat(workbook.createDataFormat().getFormat(format));
            style.setAlignment(HorizontalAlignment.RIGHT);
            if (font != null) {
                style.setFont(font);
            }
            return style;
        }
    }
}

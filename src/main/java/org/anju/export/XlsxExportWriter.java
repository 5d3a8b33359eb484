package org.anju.export;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;

/**
 * Excel (XLSX) through POI's streaming {@link SXSSFWorkbook}: a bold header row of the Chinese labels
 * with the pane frozen below it and an auto-filter, typed cells (numbers, dates as {@code yyyy-mm-dd};
 * booleans as 是/否 text), then 经度/纬度 as numbers with 7 decimals (X/Y in metres with 3 decimals when
 * the output CRS is projected); for area layers, whose outlines do not fit a spreadsheet cell, the
 * coordinates of a representative point inside the area (代表点, JTS interior point). Column widths follow the
 * longest value (CJK characters count double), at most 60 characters.
 *
 * <p>Sheets: one sheet named after the schema title; or, with {@link ExportOptions#sheetPerGroup()}
 * and a group column, a sheet "全部" with every row (unless {@link ExportOptions#allRowsSheet()} is
 * false) followed by one sheet per group in order of first appearance. Sheet names are made valid
 * for Excel (no {@code []:*?/\}, at most 31 characters, unique ignoring case). Groups may arrive
 * interleaved. A sheet that reaches Excel's 1,048,576 rows continues on a sheet named "… (2)".
 * Text longer than Excel's 32,767 characters is cut; integers beyond 15 digits (Excel's precision)
 * are written as text.
 *
 * <p>Memory: SXSSF keeps the last 100 rows of the main sheet and the last 10 rows of each group
 * sheet; older rows go to compressed temporary files (POI's, under {@code java.io.tmpdir}, deleted
 * on close or abort). So memory is bounded by about 100 + 10 × groups rows plus styles, whatever
 * the number of rows; the workbook is written to the stream on close.
 */
final class XlsxExportWriter extends BaseExportWriter {

    static final String ALL_ROWS_SHEET = "全部";

    private static final int WINDOW = 100;
    private static final int GROUP_WINDOW = 10;
    private static final int MAX_DATA_ROWS = SpreadsheetVersion.EXCEL2007.getMaxRows() - 1;
    private static final int MAX_TEXT = SpreadsheetVersion.EXCEL2007.getMaxTextLength();
    private static final int MAX_SHEET_NAME = 31;
    private static final int MAX_WIDTH = 60;
    private static final long MAX_EXACT_INTEGER = 999_999_999_999_999L;

    private final OutputStream out;
    private final SXSSFWorkbook workbook;
    private final CellStyle headerStyle;
    private final CellStyle integerStyle;
    private final CellStyle decimalStyle;
    private final CellStyle dateStyle;
    private final CellStyle coordinateStyle;
    private final String[] headers;
    private final int[] widths;
    private final int groupIndex;
    private final SheetSeries allRows;
    private final Map<String, SheetSeries> groups;
    private final List<SheetPart> parts = new ArrayList<>();
    private final Set<String> sheetNames = new HashSet<>();

    XlsxExportWriter(TableSchema schema, OutputStream out, ExportOptions options) {
        super(schema, options.crs());
        this.out = out;
        this.workbook = new SXSSFWorkbook(null, WINDOW, true, false);
        try {
            var properties = workbook.getXSSFWorkbook().getProperties().getCoreProperties();
            properties.setTitle(schema.title());
            properties.setCreator("Anju 安居");

            this.headerStyle = workbook.createCellStyle();
            Font bold = workbook.createFont();
            bold.setBold(true);
            headerStyle.setFont(bold);
            headerStyle.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            headerStyle.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            headerStyle.setBorderBottom(BorderStyle.THIN);
            headerStyle.setAlignment(HorizontalAlignment.CENTER);
            this.integerStyle = numberStyle("0");
            this.decimalStyle = numberStyle("General");
            this.dateStyle = numberStyle("yyyy-mm-dd");
            this.coordinateStyle = numberStyle(crs.geographic() ? "0.0000000" : "0.000");

            List<Column> columns = schema.columns();
            this.headers = new String[columns.size() + 2];
            for (int i = 0; i < columns.size(); i++) {
                headers[i] = columns.get(i).label();
            }
            String pointPrefix = schema.geometryKind().isPoint() ? "" : "代表点";
            headers[columns.size()] = pointPrefix + crs.xLabel();
            headers[columns.size() + 1] = pointPrefix + crs.yLabel();
            this.widths = new int[headers.length];
            for (int i = 0; i < headers.length; i++) {
                widths[i] = displayWidth(headers[i]) + 2;
            }
            widths[columns.size()] = Math.max(widths[columns.size()], 12);
            widths[columns.size() + 1] = Math.max(widths[columns.size() + 1], 11);
            for (int i = 0; i < columns.size(); i++) {
                if (columns.get(i).type() == ColumnType.DATE) {
                    widths[i] = Math.max(widths[i], 11);
                }
            }

            this.groupIndex = schema.groupIndex();
            boolean grouped = options.sheetPerGroup() && groupIndex >= 0;
            if (!grouped) {
                this.allRows = new SheetSeries(schema.title(), WINDOW);
            } else if (options.allRowsSheet()) {
                this.allRows = new SheetSeries(ALL_ROWS_SHEET, WINDOW);
            } else {
                this.allRows = null;
            }
            this.groups = grouped ? new LinkedHashMap<>() : null;
            if (allRows != null) {
                allRows.startSheet();
            }
        } catch (RuntimeException e) {
            try {
                cleanup();
            } catch (IOException closing) {
                e.addSuppressed(closing);
            }
            throw e;
        }
    }

    private CellStyle numberStyle(String format) {
        CellStyle style = workbook.createCellStyle();
        style.setDataFormat(workbook.createDataFormat().getFormat(format));
        return style;
    }

    @Override
    protected void writeRow(ExportRow row, Geometry geometry, Object[] values) {
        Point point = geometry == null || geometry instanceof Point p ? (Point) geometry : geometry.getInteriorPoint();
        for (int i = 0; i < values.length; i++) {
            if (values[i] != null && widths[i] < MAX_WIDTH) {
                widths[i] = Math.max(widths[i], Math.min(MAX_WIDTH, displayWidth(Values.display(values[i])) + 1));
            }
        }
        if (allRows != null) {
            allRows.append(point, values);
        }
        if (groups != null) {
            String group = Values.group(values[groupIndex]);
            SheetSeries series = groups.get(group);
            if (series == null) {
                series = new SheetSeries(group, GROUP_WINDOW);
                groups.put(group, series);
            }
            series.append(point, values);
        }
    }

    @Override
    protected void finish() throws IOException {
        if (parts.isEmpty()) {
            new SheetSeries(schema.title(), WINDOW).startSheet();
        }
        for (SheetPart part : parts) {
            for (int i = 0; i < widths.length; i++) {
                part.sheet.setColumnWidth(i, Math.min(MAX_WIDTH, widths[i]) * 256);
            }
            part.sheet.setAutoFilter(new CellRangeAddress(0, part.lastRow, 0, headers.length - 1));
        }
        workbook.write(out);
        out.flush();
    }

    /**
     * Deletes POI's temporary files. After an abort, {@code SXSSFWorkbook.close()} alone closes the
     * sheet writers before flushing the rows still in the window into them and logs a warning with a
     * stack trace (POI 5.5.1; the files are deleted all the same); {@code dispose()} first flushes
     * and deletes them quietly.
     */
    @Override
    @SuppressWarnings("deprecation")
    protected void cleanup() throws IOException {
        try {
            workbook.dispose();
        } finally {
            workbook.close();
        }
    }

    /** Column width in Excel character units: CJK and full-width characters count two. */
    static int displayWidth(String text) {
        int width = 0;
        for (int i = 0; i < text.length() && width < MAX_WIDTH; i++) {
            char c = text.charAt(i);
            if (!Character.isLowSurrogate(c)) {
                width += c >= 0x2E80 ? 2 : 1;
            }
        }
        return width;
    }

    /** A valid Excel sheet name for {@code wanted}, unique in this workbook (Excel ignores case). */
    private String uniqueSheetName(String wanted) {
        String safe = WorkbookUtil.createSafeSheetName(wanted.strip(), '_');
        if (safe.isBlank() || safe.equalsIgnoreCase("History")) {
            safe = safe.isBlank() ? Values.NO_GROUP : safe + "_";
        }
        String candidate = safe;
        for (int n = 2; !sheetNames.add(candidate.toLowerCase(Locale.ROOT)); n++) {
            String suffix = " (" + n + ")";
            candidate = safe.substring(0, Math.min(safe.length(), MAX_SHEET_NAME - suffix.length())) + suffix;
        }
        return candidate;
    }

    /** One Excel sheet and its last row index (0 while it has only the header). */
    private static final class SheetPart {
        private final SXSSFSheet sheet;
        private int lastRow;

        SheetPart(SXSSFSheet sheet) {
            this.sheet = sheet;
        }
    }

    /** The rows of one sheet (the main sheet or a group's), continued on a new sheet when full. */
    private final class SheetSeries {
        private final String name;
        private final int window;
        private SXSSFSheet sheet;
        private SheetPart part;
        private int nextRow;

        SheetSeries(String name, int window) {
            this.name = name;
            this.window = window;
        }

        void startSheet() {
            sheet = workbook.createSheet(uniqueSheetName(name));
            sheet.setRandomAccessWindowSize(window);
            Row header = sheet.createRow(0);
            for (int i = 0; i < headers.length; i++) {
                Cell cell = header.createCell(i);
                cell.setCellValue(headers[i]);
                cell.setCellStyle(headerStyle);
            }
            sheet.createFreezePane(0, 1);
            nextRow = 1;
            part = new SheetPart(sheet);
            parts.add(part);
        }

        void append(Point point, Object[] values) {
            if (sheet == null || nextRow > MAX_DATA_ROWS) {
                startSheet();
            }
            part.lastRow = nextRow;
            Row excelRow = sheet.createRow(nextRow++);
            for (int i = 0; i < values.length; i++) {
                Object value = values[i];
                if (value != null) {
                    setValue(excelRow.createCell(i), value);
                }
            }
            if (point != null) {
                Cell x = excelRow.createCell(values.length);
                x.setCellValue(crs.round(point.getX()));
                x.setCellStyle(coordinateStyle);
                Cell y = excelRow.createCell(values.length + 1);
                y.setCellValue(crs.round(point.getY()));
                y.setCellStyle(coordinateStyle);
            }
        }

        private void setValue(Cell cell, Object value) {
            if (value instanceof String s) {
                cell.setCellValue(s.length() > MAX_TEXT ? s.substring(0, MAX_TEXT) : s);
            } else if (value instanceof Long n) {
                if (Math.abs(n) <= MAX_EXACT_INTEGER) {
                    cell.setCellValue(n.doubleValue());
                    cell.setCellStyle(integerStyle);
                } else {
                    cell.setCellValue(n.toString());
                }
            } else if (value instanceof BigDecimal d) {
                cell.setCellValue(d.doubleValue());
                cell.setCellStyle(decimalStyle);
            } else if (value instanceof LocalDate d) {
                cell.setCellValue(d);
                cell.setCellStyle(dateStyle);
            } else if (value instanceof Boolean b) {
                cell.setCellValue(b ? Values.YES : Values.NO);
            } else {
                throw new IllegalStateException("not a normalised value: " + value.getClass());
            }
        }
    }
}

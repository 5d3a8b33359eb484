package org.anju.problems;

import java.io.IOException;
import java.io.OutputStream;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.anju.system.EnumLabels;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.context.MessageSource;

/**
 * The 整改台账 as county offices send it upward: a title row, a row "截至 … 共 N 项", then the header
 * 序号 · 问题来源 · 问题描述 · 整改措施 · 责任单位 · 责任人 · 整改时限 · 整改进展 · 销号情况 and one row per problem —
 * words, not codes (the source and state in the caller's language), the deadline as a date cell.
 * 整改进展 is the state, the progress written and 已逾期 when past the deadline; 销号情况 says whether and
 * when it was closed, or why it was found unfounded. Streamed ({@link SXSSFWorkbook}, 100 rows in memory),
 * so the ledger of a province fits in a small heap. A4 landscape, header repeated on every page.
 */
final class ProblemWorkbook implements AutoCloseable {

    static final int TITLE_ROW = 0;
    static final int AS_OF_ROW = 1;
    static final int HEADER_ROW = 2;
    static final int FIRST_DATA_ROW = 3;
    /** Message keys of the columns, in order. */
    static final List<String> COLUMNS = List.of("number", "source", "description", "measures", "unit", "person",
            "deadline", "progress", "closure");
    private static final int[] WIDTHS = {6, 12, 48, 40, 18, 10, 12, 30, 22};

    private final SXSSFWorkbook workbook = new SXSSFWorkbook(100);
    private final SXSSFSheet sheet;
    private final MessageSource messages;
    private final EnumLabels labels;
    private final Locale locale;
    private final LocalDate today;
    private final CellStyle text;
    private final CellStyle date;
    private final CellStyle header;
    private int next = FIRST_DATA_ROW;

    /**
     * @param count the number of problems that will be added (the row "as of" comes before them, and
     *              a streamed sheet cannot go back to it)
     */
    ProblemWorkbook(String title, long count, MessageSource messages, EnumLabels labels, Locale locale, LocalDate today) {
        this.messages = messages;
        this.labels = labels;
        this.locale = locale;
        this.today = today;
        workbook.getXSSFWorkbook().getProperties().getCoreProperties().setTitle(title);
        workbook.getXSSFWorkbook().getProperties().getCoreProperties().setCreator("Anju 安居");
        sheet = workbook.createSheet(word("problems.ledger.sheet"));
        text = bordered(false);
        text.setWrapText(true);
        date = bordered(false);
        date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
        header = bordered(true);
        header.setAlignment(HorizontalAlignment.CENTER);
        header.setWrapText(true);
        CellStyle titleStyle = workbook.createCellStyle();
        Font big = workbook.createFont();
        big.setBold(true);
        big.setFontHeightInPoints((short) 16);
        titleStyle.setFont(big);
        titleStyle.setAlignment(HorizontalAlignment.CENTER);
        Row titleRow = sheet.createRow(TITLE_ROW);
        titleRow.setHeightInPoints(30);
        Cell titleCell = titleRow.createCell(0);
        titleCell.setCellValue(title);
        titleCell.setCellStyle(titleStyle);
        sheet.addMergedRegion(new CellRangeAddress(TITLE_ROW, TITLE_ROW, 0, COLUMNS.size() - 1));
        Row asOf = sheet.createRow(AS_OF_ROW);
        asOf.createCell(0).setCellValue(word("problems.ledger.asOf", today.toString(), count));
        sheet.addMergedRegion(new CellRangeAddress(AS_OF_ROW, AS_OF_ROW, 0, COLUMNS.size() - 1));
        Row head = sheet.createRow(HEADER_ROW);
        head.setHeightInPoints(24);
        for (int i = 0; i < COLUMNS.size(); i++) {
            Cell cell = head.createCell(i);
            cell.setCellValue(word("problems.ledger.column." + COLUMNS.get(i)));
            cell.setCellStyle(header);
            sheet.setColumnWidth(i, WIDTHS[i] * 256);
        }
        sheet.createFreezePane(0, FIRST_DATA_ROW);
        sheet.setRepeatingRows(new CellRangeAddress(HEADER_ROW, HEADER_ROW, 0, COLUMNS.size() - 1));
        sheet.getPrintSetup().setLandscape(true);
        sheet.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);
        sheet.setFitToPage(true);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
    }

    /** Adds the problem of the current row of a {@link ProblemSql#ledger} query. */
    void add(ResultSet rs) throws SQLException {
        Row row = sheet.createRow(next);
        int number = next - FIRST_DATA_ROW + 1;
        next++;
        ProblemState state = ProblemState.valueOf(rs.getString("state"));
        java.sql.Date deadline = rs.getDate("deadline_on");
        Cell n = row.createCell(0);
        n.setCellValue(number);
        n.setCellStyle(text);
        text(row, 1, labels.of(ProblemSource.class, rs.getString("source")));
        text(row, 2, rs.getString("description"));
        text(row, 3, rs.getString("measures"));
        text(row, 4, rs.getString("responsible_unit"));
        text(row, 5, rs.getString("responsible_person"));
        Cell due = row.createCell(6);
        due.setCellStyle(date);
        if (deadline != null) {
            due.setCellValue(deadline.toLocalDate());
        }
        boolean overdue = deadline != null && !state.ended() && deadline.toLocalDate().isBefore(today);
        text(row, 7, progress(state, rs.getString("progress"), overdue));
        java.sql.Date closed = rs.getDate("closed_on");
        text(row, 8, closure(state, closed == null ? null : closed.toLocalDate(), rs.getString("reason")));
    }

    /** The state in words, then what was written about the progress, then whether it is overdue. */
    String progress(ProblemState state, String progress, boolean overdue) {
        String words = labels.of(state);
        if (progress != null && !progress.isBlank()) {
            words += word("problems.ledger.separator") + progress;
        }
        return overdue ? words + word("problems.ledger.overdue") : words;
    }

    /** 已销号（day）, 核实不属实：reason, 已申请销号, 已复核待销号, or 未销号. */
    String closure(ProblemState state, LocalDate closedOn, String reason) {
        return switch (state) {
            case CLOSED -> word("problems.ledger.closure.closed", String.valueOf(closedOn));
            case UNFOUNDED -> word("problems.ledger.closure.unfounded", reason == null ? "" : reason);
            case CLOSE_REQUESTED -> word("problems.ledger.closure.requested");
            case REVIEWED -> word("problems.ledger.closure.reviewed");
            default -> word("problems.ledger.closure.open");
        };
    }

    /** Writes the workbook. */
    void write(OutputStream out) throws IOException {
        workbook.write(out);
    }

    int rows() {
        return next - FIRST_DATA_ROW;
    }

    @Override
    public void close() throws IOException {
        workbook.close();
    }

    private void text(Row row, int column, String value) {
        Cell cell = row.createCell(column);
        cell.setCellStyle(text);
        if (value != null) {
            cell.setCellValue(value);
        }
    }

    private String word(String key, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }

    private CellStyle bordered(boolean bold) {
        CellStyle style = workbook.createCellStyle();
        style.setBorderTop(BorderStyle.THIN);
        style.setBorderBottom(BorderStyle.THIN);
        style.setBorderLeft(BorderStyle.THIN);
        style.setBorderRight(BorderStyle.THIN);
        style.setVerticalAlignment(VerticalAlignment.CENTER);
        if (bold) {
            Font font = workbook.createFont();
            font.setBold(true);
            style.setFont(font);
        }
        return style;
    }
}

package org.anju.problems;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.ParserConfigurationException;

import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * The first worksheet of an .xlsx finding list, streamed with POI's SAX reader (the workbook is never
 * loaded whole): every row as the texts Excel shows, date cells as ISO dates, with the row number as
 * Excel shows it. At most {@code maxRows} rows are kept; more make {@link TooManyRows}.
 */
final class FindingSheet {

    /** One row: its number in Excel (1 = first) and its cells by column index (null: empty). */
    record SheetRow(long number, List<String> cells) {

        String cell(int column) {
            return column < 0 || column >= cells.size() ? null : cells.get(column);
        }

        boolean blank() {
            return cells.stream().allMatch(c -> c == null || c.isBlank());
        }
    }

    /** The file is not a workbook POI can read. */
    static final class Unreadable extends Exception {
        Unreadable(String message) {
            super(message);
        }
    }

    /** The sheet has more rows than allowed. */
    static final class TooManyRows extends RuntimeException {
        TooManyRows() {
            super("too many rows");
        }
    }

    private FindingSheet() {
    }

    static List<SheetRow> read(InputStream xlsx, int maxRows) throws IOException, Unreadable {
        List<SheetRow> rows = new ArrayList<>();
        try (OPCPackage pkg = OPCPackage.open(xlsx)) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw new Unreadable("no worksheet");
            }
            try (InputStream sheet = sheets.next()) {
                XMLReader xml = XMLHelper.newXMLReader();
                xml.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(), null, strings,
                        new Cells(rows, maxRows), new IsoDates(), false));
                xml.parse(new InputSource(sheet));
            }
        } catch (OpenXML4JException | SAXException | ParserConfigurationException | org.apache.poi.ooxml.POIXMLException
                 | org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException
                 | org.apache.poi.openxml4j.exceptions.InvalidOperationException e) {
            throw new Unreadable(String.valueOf(e.getMessage()));
        }
        return rows;
    }

    private static final class Cells implements XSSFSheetXMLHandler.SheetContentsHandler {

        private final List<SheetRow> rows;
        private final int maxRows;
        private List<String> cells = new ArrayList<>();
        private long number;

        Cells(List<SheetRow> rows, int maxRows) {
            this.rows = rows;
            this.maxRows = maxRows;
        }

        @Override
        public void startRow(int rowNum) {
            cells = new ArrayList<>();
            number = rowNum + 1L;
        }

        @Override
        public void endRow(int rowNum) {
            SheetRow row = new SheetRow(number, cells);
            if (!row.blank()) {
                if (rows.size() >= maxRows) {
                    throw new TooManyRows();
                }
                rows.add(row);
            }
        }

        @Override
        public void cell(String reference, String formattedValue, XSSFComment comment) {
            int column = reference == null ? cells.size() : new CellReference(reference).getCol();
            while (cells.size() < column) {
                cells.add(null);
            }
            cells.add(formattedValue);
        }
    }

    /** Date cells as yyyy-MM-dd, other numbers as Excel shows them. */
    private static final class IsoDates extends DataFormatter {

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString) {
            if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                LocalDate date = DateUtil.getLocalDateTime(value).toLocalDate();
                return date.toString();
            }
            if ((formatString == null || "General".equalsIgnoreCase(formatString)) && Math.abs(value) < 1e15) {
                return java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
            }
            return super.formatRawCellContents(value, formatIndex, formatString);
        }
    }
}

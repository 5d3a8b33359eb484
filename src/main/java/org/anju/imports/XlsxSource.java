package org.anju.imports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.ParserConfigurationException;

import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * The first worksheet of an .xlsx workbook, streamed with POI's SAX reader (constant memory: the
 * workbook is never loaded). Cells arrive as text as Excel shows them, except dates, which arrive
 * as ISO dates whatever their display format. Title rows above the header are skipped
 * ({@link HeaderRow}); row numbers are Excel's.
 */
final class XlsxSource implements FeatureSource {

    private final Path file;
    private final ImportLayer layer;

    XlsxSource(Path file, ImportLayer layer) {
        this.file = file;
        this.layer = layer;
    }

    @Override
    public SourceCrs declaredCrs() {
        return null;
    }

    @Override
    public void read(Sink sink) throws IOException {
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
            StylesTable styles = reader.getStylesTable();
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw new ImportFailure("file", file.getFileName().toString(), "import.xlsx.noSheet");
            }
            SheetRows rows = new SheetRows(layer, sink);
            try (InputStream sheet = sheets.next()) {
                XMLReader xml = XMLHelper.newXMLReader();
                xml.setContentHandler(new XSSFSheetXMLHandler(styles, null, strings, new Cells(rows), new IsoDates(), false));
                xml.parse(new InputSource(sheet));
            }
            rows.end();
        } catch (OpenXML4JException | SAXException | ParserConfigurationException | org.apache.poi.ooxml.POIXMLException
                 | org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException e) {
            throw new ImportFailure("file", file.getFileName().toString(), "import.xlsx.unreadable", String.valueOf(e.getMessage()));
        }
    }

    /** Collects the cells of a row (by column index, blanks in between) and hands the row on. */
    private static final class Cells implements XSSFSheetXMLHandler.SheetContentsHandler {

        private final SheetRows rows;
        private final List<Object> cells = new ArrayList<>();
        private int rowNumber;

        Cells(SheetRows rows) {
            this.rows = rows;
        }

        @Override
        public void startRow(int rowNum) {
            cells.clear();
            rowNumber = rowNum + 1;
        }

        @Override
        public void endRow(int rowNum) {
            rows.row(rowNumber, new ArrayList<>(cells));
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

    /** Formats date cells as yyyy-MM-dd, other numbers as Excel displays them. */
    private static final class IsoDates extends DataFormatter {

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString) {
            if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                LocalDate date = DateUtil.getLocalDateTime(value).toLocalDate();
                return date.toString();
            }
            // 18-digit ID numbers typed as numbers lost their last digits in Excel: show them as
            // Excel does (1.40825E+17) so that the row error can say what happened
            if ((formatString == null || "General".equalsIgnoreCase(formatString)) && Math.abs(value) < 1e15) {
                return java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
            }
            return super.formatRawCellContents(value, formatIndex, formatString);
        }
    }

    @Override
    public void close() {
    }

}

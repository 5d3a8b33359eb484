package org.anju.casework.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.anju.casework.Programme;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The XLSX of the monthly report laid out like the printed forms of seed 002. The expected header rows
 * are the seed's extracted text (lines 112–114 for 附件1, 133–135 for 附件2), tab by tab.
 */
class MonthlyReportWorkbookTest {

    /** Seed 002, line 113 (附件1): the sub-headings of columns 2–22. */
    static final String FORM1_SUBHEADINGS = "脱贫享受政策户\t防止返贫监测帮扶对象\t低保户\t分散供养特困人员\t严重困难家庭\t低保边缘家庭\t"
            + "脱贫享受政策户\t防止返贫监测帮扶对象\t低保户\t分散供养特困人员\t严重困难家庭\t低保边缘家庭\t"
            + "省级补助资金\t中央补助资金\t省级以下补助资金\t中央补助资金\t省级补助资金\t省级以下补助资金\t"
            + "省级补助资金\t中央补助资金\t省级以下补助资金";
    /** Seed 002, line 134 (附件2): the same but 17–19 in the order 省级, 中央, 省级以下. */
    static final String FORM2_SUBHEADINGS = FORM1_SUBHEADINGS.replace(
            "省级以下补助资金\t中央补助资金\t省级补助资金\t省级以下补助资金", "省级以下补助资金\t省级补助资金\t中央补助资金\t省级以下补助资金");

    static MonthlyReport.Form form(Programme programme) {
        Object[] township = new Object[22];
        Object[] total = new Object[22];
        for (int i = 0; i < 12; i++) {
            township[i] = (long) i;
            total[i] = (long) (2 * i);
        }
        for (int i = 18; i < 22; i++) {
            township[i] = new BigDecimal("1.2345");
            total[i] = new BigDecimal("2.4690");
        }
        String title = "测试县2024年7月" + (programme == Programme.DANGEROUS_HOUSE ? "农村危房改造进度报表" : "既有房屋抗震改造进度报表");
        return new MonthlyReport.Form(title, "测试县", programme, MonthlyReport.headings(programme),
                List.of(new MonthlyReport.Row("140825100000", "龙兴镇", township),
                        new MonthlyReport.Row("140825000000", "测试县合计", total)));
    }

    static XSSFSheet write(MonthlyReport.Form form, MonthlyReportWorkbook.Signature signature) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        MonthlyReportWorkbook.write(form, signature, out);
        return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray())).getSheetAt(0);
    }

    static List<String> texts(XSSFRow row, int from, int to) {
        List<String> texts = new ArrayList<>();
        for (int c = from; c <= to; c++) {
            texts.add(row.getCell(c).getStringCellValue());
        }
        return texts;
    }

    static List<String> merged(XSSFSheet sheet) {
        return sheet.getMergedRegions().stream().map(CellRangeAddress::formatAsString).sorted().toList();
    }

    @ParameterizedTest
    @CsvSource({"DANGEROUS_HOUSE, 附件1", "SEISMIC_RETROFIT, 附件2"})
    void theHeaderIsThePrintedFormsTwoRowsWithTheColumnsNumberedOneTo23(Programme programme, String sheetName)
            throws IOException {
        XSSFSheet sheet = write(form(programme), new MonthlyReportWorkbook.Signature("测试县住建局", "王五", "0359-1234567"));
        assertThat(sheet.getSheetName()).isEqualTo(sheetName);
        assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo(form(programme).title());
        assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("填报单位（盖章）：测试县住建局");
        assertThat(sheet.getRow(1).getCell(10).getStringCellValue()).isEqualTo("填报人：王五");
        assertThat(sheet.getRow(1).getCell(16).getStringCellValue()).isEqualTo("联系电话：0359-1234567");

        XSSFRow groups = sheet.getRow(2);
        assertThat(List.of(groups.getCell(0), groups.getCell(1), groups.getCell(7), groups.getCell(13), groups.getCell(16),
                groups.getCell(19), groups.getCell(22)).stream().map(Cell::getStringCellValue)).containsExactly(
                "填报单位", "开工户数（户）", "竣工户数（户）", "已落实的地方各级补助资金数额（万元）", "已下达到县的各级补助资金数额（万元）",
                "县级财政已支付各级补助资金数额（万元）", "完成投资总额（万元）");
        assertThat(merged(sheet)).as("title, signature, and the grouped header").contains(
                "A1:W1", "A3:A4", "B3:G3", "H3:M3", "N3:P3", "Q3:S3", "T3:V3", "W3:W4");
        String expected = programme == Programme.DANGEROUS_HOUSE ? FORM1_SUBHEADINGS : FORM2_SUBHEADINGS;
        assertThat(texts(sheet.getRow(3), 1, 21)).containsExactlyElementsOf(Arrays.asList(expected.split("\t")));
        List<Double> numbers = new ArrayList<>();
        sheet.getRow(4).forEach(c -> numbers.add(c.getNumericCellValue()));
        assertThat(numbers).hasSize(23).first().isEqualTo(1.0);
        assertThat(numbers).last().isEqualTo(23.0);
        assertThat(sheet.getRepeatingRows().formatAsString()).as("printed on every page").isEqualTo("3:5");
        assertThat(sheet.getPrintSetup().getLandscape()).isTrue();
        assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 5);
    }

    @Test
    void theFlatHeadingsOfCsvAndJsonNameTheSameColumnsInTheSameOrder() {
        List<String> flat = MonthlyReport.headings(Programme.DANGEROUS_HOUSE);
        assertThat(flat).hasSize(23);
        assertThat(flat.get(0)).isEqualTo("1 填报单位");
        assertThat(flat.get(1)).isEqualTo("2 开工户数·脱贫享受政策户");
        assertThat(flat.get(16)).isEqualTo("17 已下达到县的各级补助资金数额·中央补助资金（万元）");
        assertThat(MonthlyReport.headings(Programme.SEISMIC_RETROFIT).get(16))
                .isEqualTo("17 已下达到县的各级补助资金数额·省级补助资金（万元）");
        assertThat(flat.get(22)).isEqualTo("23 完成投资总额（万元）");
        for (int i = 0; i < 23; i++) {
            assertThat(flat.get(i)).startsWith((i + 1) + " ");
        }
    }

    @Test
    void countsAreIntegersMoneyHasFourDecimalsAndTheColumnsAnjuDoesNotKeepAreEmptyForFinance() throws IOException {
        XSSFSheet sheet = write(form(Programme.DANGEROUS_HOUSE), new MonthlyReportWorkbook.Signature("测试县", null, null));
        assertThat(sheet.getRow(1).getCell(10).getStringCellValue()).as("left to fill in by hand").isEqualTo("填报人：");
        XSSFRow township = sheet.getRow(5);
        assertThat(township.getCell(0).getStringCellValue()).isEqualTo("龙兴镇");
        assertThat(township.getCell(3).getNumericCellValue()).as("column 4").isEqualTo(2.0);
        assertThat(township.getCell(3).getCellStyle().getDataFormatString()).isEqualTo("0");
        for (int column = 14; column <= 19; column++) {
            assertThat(township.getCell(column - 1).getCellType()).as("column " + column).isEqualTo(CellType.BLANK);
        }
        assertThat(township.getCell(19).getNumericCellValue()).as("column 20").isEqualTo(1.2345);
        assertThat(township.getCell(19).getCellStyle().getDataFormatString()).isEqualTo("0.0000");
        XSSFRow total = sheet.getRow(6);
        assertThat(total.getCell(0).getStringCellValue()).isEqualTo("测试县合计");
        assertThat(total.getCell(22).getNumericCellValue()).as("column 23").isEqualTo(2.469);
        assertThat(sheet.getWorkbook().getFontAt(total.getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();
        assertThat(sheet.getRow(8).getCell(0).getStringCellValue()).isEqualTo("填表说明：");
        assertThat(sheet.getRow(11).getCell(0).getStringCellValue()).startsWith("3. 第15栏包括");
    }
}

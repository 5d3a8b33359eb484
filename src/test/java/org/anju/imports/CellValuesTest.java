package org.anju.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.anju.house.Occupancy;
import org.anju.house.SafetyGrade;
import org.anju.house.StructureType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The values county sheets contain, as Anju reads them. */
class CellValuesTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "111.2083|111.2083",
            "111°12'30.5\"|111.208472222",
            "111°12′30.5″|111.208472222",
            "111度12分30.5秒|111.208472222",
            "E111°12'30.5\"|111.208472222",
            "东经111°12'30.5\"|111.208472222",
            "35 36 12.5|35.603472222",
            "111°12.5'|111.208333333",
            "35°36'N|35.6",
            "111.2083°|111.2083",
            "西经74°0'0\"|-74.0"})
    void degreesInDecimalAndDegreeMinuteSecondText(String text, double degrees) {
        assertThat(CellValues.degrees(text)).isCloseTo(degrees, within(1e-8));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"111°12'70\"", "111°65'", "abc", "111.5°30'"})
    void impossibleDegreesAreNotRead(String text) {
        assertThat(CellValues.degrees(text)).isNull();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"2024-03-01", "2024/3/1", "2024.3.1", "20240301", "2024年3月1日", "45352"})
    void datesInTheUsualChineseForms(String text) {
        assertThat(CellValues.date(text)).isEqualTo(LocalDate.of(2024, 3, 1));
    }

    @Test
    void yearsNumbersAndYesNo() {
        assertThat(CellValues.year("1998年")).isEqualTo(1998);
        assertThat(CellValues.year("1990年代")).isEqualTo(1990);
        assertThat(CellValues.year("1998-05-01")).isEqualTo(1998);
        assertThat(CellValues.decimal("120.5㎡")).isEqualByComparingTo(new BigDecimal("120.5"));
        assertThat(CellValues.decimal("1,200平方米")).isEqualByComparingTo(new BigDecimal("1200"));
        assertThat(CellValues.integer("2层")).isEqualTo(2);
        assertThat(CellValues.integer("2.5")).isNull();
        assertThat(CellValues.integer("两层")).isNull();
        assertThat(CellValues.bool("是")).isTrue();
        assertThat(CellValues.bool("无")).isFalse();
        assertThat(CellValues.bool("也许")).isNull();
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {"A|A", "a级|A", "A级（安全）|A", "B级|B", "基本安全|B", "C级危房|C", "局部危房|C",
            "D|D", "D级|D", "整栋危房|D", "未评定|UNASSESSED", "UNASSESSED|UNASSESSED"})
    void gradesAsCountiesWriteThem(String text, SafetyGrade grade) {
        assertThat(DomainValues.grade(text)).isEqualTo(grade);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {"砖混|BRICK_CONCRETE", "砖混结构|BRICK_CONCRETE", "砖木|BRICK_WOOD",
            "土木|EARTH_WOOD", "土坯|EARTH_WOOD", "生土结构|EARTH_WOOD", "石砌|STONE", "框架结构|FRAME", "钢混|FRAME",
            "窑洞|CAVE", "其他|OTHER", "brick_concrete|BRICK_CONCRETE"})
    void structuresAsCountiesWriteThem(String text, StructureType structure) {
        assertThat(DomainValues.structure(text)).isEqualTo(structure);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {"是|OCCUPIED", "否|VACANT", "空置|VACANT", "季节性居住|SEASONAL", "已拆除|DEMOLISHED",
            "有人居住|OCCUPIED"})
    void occupancyAsCountiesWriteIt(String text, Occupancy occupancy) {
        assertThat(DomainValues.occupancy(text)).isEqualTo(occupancy);
    }

    @Test
    void unknownWordsAreNotGuessed() {
        assertThat(DomainValues.grade("E级")).isNull();
        assertThat(DomainValues.grade("危房")).isNull();
        assertThat(DomainValues.structure("木屋")).isNull();
    }

    @Test
    void columnsAreRecognisedByTheirChineseAndEnglishNames() {
        FieldMapping mapping = FieldMapping.of(ImportLayer.HOUSES,
                List.of("序号", "编号", "房屋编码", "建筑面积（㎡）", "Longitude", "纬 度", "房屋安全等级", "备注"), Set.of(), Map.of());

        assertThat(mapping.column(AnjuField.HOUSE_CODE)).isEqualTo("房屋编码");
        assertThat(mapping.column(AnjuField.FLOOR_AREA)).isEqualTo("建筑面积（㎡）");
        assertThat(mapping.column(AnjuField.LONGITUDE)).isEqualTo("Longitude");
        assertThat(mapping.column(AnjuField.LATITUDE)).isEqualTo("纬 度");
        assertThat(mapping.column(AnjuField.GRADE)).isEqualTo("房屋安全等级");
    }

    @Test
    void anExplicitMappingWinsAndCanSilenceAColumn() {
        FieldMapping mapping = FieldMapping.of(ImportLayer.HOUSES, List.of("编号", "ID", "等级"), Set.of(),
                new java.util.LinkedHashMap<>(Map.of("ID", "code")));
        assertThat(mapping.column(AnjuField.HOUSE_CODE)).isEqualTo("ID");

        Map<String, String> silence = new java.util.HashMap<>();
        silence.put("等级", null);
        assertThat(FieldMapping.of(ImportLayer.HOUSES, List.of("编号", "等级"), Set.of(), silence).has(AnjuField.GRADE)).isFalse();
    }

    @Test
    void dbfNamesCutAtTenBytesAreRecognisedWhenOnlyOneFieldFits() {
        FieldMapping mapping = FieldMapping.of(ImportLayer.HOUSEHOLDS, List.of("户主姓", "身份证"), Set.of("户主姓"), Map.of());

        assertThat(mapping.column(AnjuField.HEAD_NAME)).isEqualTo("户主姓");
        assertThat(mapping.column(AnjuField.ID_NUMBER)).isEqualTo("身份证");
    }
}

package org.anju.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The schema, row and format contracts, and the small rules the writers share. */
class ExportModelTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"csv, CSV", "XLSX, XLSX", ".geojson, GEOJSON", "kml, KML", "KMZ, KMZ", "gpkg, GPKG", "shp.zip, SHP_ZIP"})
    void formatsAreFoundByUrlSuffix(String suffix, ExportFormat format) {
        assertThat(ExportFormat.fromSuffix(suffix)).contains(format);
        assertThat(format.fileName("清单")).isEqualTo("清单." + format.extension());
    }

    @Test
    void unknownSuffixesAreEmpty() {
        assertThat(ExportFormat.fromSuffix("zip")).isEmpty();
        assertThat(ExportFormat.fromSuffix("xls")).isEmpty();
        assertThat(ExportFormat.fromSuffix(null)).isEmpty();
    }

    @Test
    void schemasAreCheckedWhenBuilt() {
        List<Column> columns = List.of(new Column("name", "姓名", ColumnType.TEXT), new Column("town", "乡镇", ColumnType.TEXT));
        assertThatThrownBy(() -> new TableSchema("清单", columns, "nobody", null)).hasMessageContaining("nobody");
        assertThatThrownBy(() -> new TableSchema("清单", columns, "name", "village")).hasMessageContaining("village");
        assertThatThrownBy(() -> new TableSchema("清单", List.of(columns.get(0), columns.get(0)), "name", null))
                .hasMessageContaining("duplicate");
        assertThatThrownBy(() -> new Column("户主", "户主", ColumnType.TEXT)).hasMessageContaining("snake_case");
        assertThatThrownBy(() -> new Column("Name", "姓名", ColumnType.TEXT)).hasMessageContaining("snake_case");
        assertThat(new TableSchema("清单", columns, "name", "town").groupIndex()).isEqualTo(1);
    }

    @Test
    void rowsHaveALocationOrNone() {
        assertThat(ExportRow.at(111.2, 35.6).hasLocation()).isTrue();
        assertThat(ExportRow.withoutLocation().hasLocation()).isFalse();
        assertThatThrownBy(() -> ExportRow.at(Double.NaN, 35.6)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ExportRow.at(35.6, 181)).isInstanceOf(IllegalArgumentException.class);
        assertThat(ExportRow.at(1, 2, "a")).isEqualTo(ExportRow.at(1, 2, "a"));
    }

    @Test
    void valuesAreNormalisedPerColumnType() {
        TableSchema schema = new TableSchema("清单", List.of(
                new Column("t", "文本", ColumnType.TEXT), new Column("i", "整数", ColumnType.INTEGER),
                new Column("d", "小数", ColumnType.DECIMAL), new Column("day", "日期", ColumnType.DATE),
                new Column("b", "是否", ColumnType.BOOLEAN)), "t", null);
        assertThat(Values.normalize(schema, ExportRow.at(1, 2, 7, 3, 120.0, java.sql.Date.valueOf("2024-05-06"), true)))
                .containsExactly("7", 3L, new BigDecimal("120"), LocalDate.of(2024, 5, 6), true);
        assertThat(Values.normalize(schema, ExportRow.at(1, 2, null, BigInteger.TEN, Double.NaN, null, null)))
                .containsExactly(null, 10L, null, null, null);
        assertThatThrownBy(() -> Values.normalize(schema, ExportRow.at(1, 2, "x", "3", null, null, null)))
                .hasMessageContaining("column i (INTEGER) cannot take a String");
        assertThatThrownBy(() -> Values.normalize(schema, ExportRow.at(1, 2, "x")))
                .hasMessageContaining("row has 1 values, the schema 5 columns");
    }

    @Test
    void valuesAreShownToPeopleInChinese() {
        assertThat(Values.display(true)).isEqualTo("是");
        assertThat(Values.display(false)).isEqualTo("否");
        assertThat(Values.display(null)).isEmpty();
        assertThat(Values.display(new BigDecimal("1E+3"))).isEqualTo("1000");
        assertThat(Values.group("  ")).isEqualTo("未分组");
        assertThat(Values.group(" 古交镇 ")).isEqualTo("古交镇");
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"111.2, 111.2000000", "35.61234565, 35.6123457", "-0.00000001, 0.0000000", "-73.5, -73.5000000"})
    void coordinatesHaveSevenDecimals(double degrees, String text) {
        assertThat(Values.coordinate(degrees)).isEqualTo(text);
    }

    @ParameterizedTest(name = "[{0}] → [{1}]")
    @CsvSource(value = {
            "=1+1|'=1+1", "+86 13812345678|'+86 13812345678", "-|'-", "@SUM(A1)|'@SUM(A1)",
            "-12.5|-12.5", "+3|+3", "王建国|王建国", "a=b|a=b"}, delimiter = '|', quoteCharacter = '"')
    void csvFormulasAreDefusedButNumbersAreNot(String text, String safe) {
        assertThat(Values.csvSafe(text)).isEqualTo(safe);
        assertThat(Values.csvSafe("\tcmd")).isEqualTo("'\tcmd");
    }

    @Test
    void xmlEscapingDropsCharactersXmlForbids() {
        assertThat(Xml.escape("<a href=\"x\">&'</a>")).isEqualTo("&lt;a href=&quot;x&quot;&gt;&amp;&#39;&lt;/a&gt;");
        assertThat(Xml.escape("a\u0001b\u0008c\td\ne")).isEqualTo("abc\td\ne");
        assertThat(Xml.escape("𠀀字\uD800x")).isEqualTo("𠀀字x");
        assertThat(Xml.escape("安居")).isSameAs(Xml.escape("安居")).isEqualTo("安居");
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"A, A", "b, B", "C级（局部危房）, C", "C locally dangerous, C", "D, D", "未评定, OTHER",
            "not assessed, OTHER", "'', OTHER"})
    void kmlStylesFollowTheGradesFirstLetter(String grade, KmlGradeStyle style) {
        assertThat(KmlGradeStyle.of(grade)).isEqualTo(style);
        assertThat(KmlGradeStyle.of(null)).isEqualTo(KmlGradeStyle.OTHER);
    }

    @Test
    void placemarkNamesAreCheckedWhenTheSchemaIsBuilt() {
        List<Column> columns = List.of(new Column("name", "姓名", ColumnType.TEXT), new Column("town", "乡镇", ColumnType.TEXT));
        TableSchema schema = new TableSchema("清单", columns, "name", null);
        assertThatThrownBy(() -> schema.withPlacemarkName(PlacemarkName.of(PlacemarkName.Part.of("village"))))
                .hasMessageContaining("village");
        assertThatThrownBy(() -> schema.withPlacemarkName(PlacemarkName.of(PlacemarkName.Part.maskedName("name", "code"))))
                .hasMessageContaining("code");
        assertThatThrownBy(() -> PlacemarkName.Part.of("name", "优先")).hasMessageContaining("{0}");
        assertThat(schema.withPlacemarkName(PlacemarkName.of(PlacemarkName.Part.of("town"))).placemarkName()).isNotNull();
    }

    @Test
    void dbfFieldNamesAreAtMostTenAsciiBytesAndUnique() {
        assertThat(DbfFieldNames.derive(List.of("household_head", "household_members", "household_id", "grade")))
                .containsExactly("household", "househol_2", "househol_3", "grade");
        assertThat(DbfFieldNames.derive(List.of("abcdefghij_1", "abcdefghij_2", "abcdefghij")))
                .containsExactly("abcdefghij", "abcdefgh_2", "abcdefgh_3");
        assertThat(DbfFieldNames.derive(List.of("pk", "the_geom", "a_very_long_key")))
                .containsExactly("pk_2", "the_geom_2", "a_very_lon");
        List<String> many = DbfFieldNames.derive(java.util.stream.IntStream.range(0, 120)
                .mapToObj(i -> "same_prefix_" + i).toList());
        assertThat(many).doesNotHaveDuplicates().allMatch(name -> name.getBytes(StandardCharsets.US_ASCII).length <= 10);
    }

    @Test
    void longTextIsCutBetweenCharacters() {
        assertThat(new String(DbfTable.utf8Prefix("危".repeat(100), 254), StandardCharsets.UTF_8)).isEqualTo("危".repeat(84));
        assertThat(new String(DbfTable.utf8Prefix("😀".repeat(70), 254), StandardCharsets.UTF_8)).isEqualTo("😀".repeat(63));
        assertThat(DbfTable.utf8Prefix("a".repeat(300), 254)).hasSize(254);
        byte[] mixed = DbfTable.utf8Prefix("a" + "危".repeat(100), 254);
        assertThat(mixed).hasSize(253);
        assertThat(Arrays.copyOf(mixed, 1)).containsExactly('a');
    }

    @Test
    void layerNamesAreAsciiSnakeCase() {
        assertThat(ExportOptions.DEFAULTS.withLayerName("affected_houses").layerName()).isEqualTo("affected_houses");
        assertThatThrownBy(() -> ExportOptions.DEFAULTS.withLayerName("受灾房屋")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ExportOptions.DEFAULTS.withLayerName("a/../b")).isInstanceOf(IllegalArgumentException.class);
    }
}

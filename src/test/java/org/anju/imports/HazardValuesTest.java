package org.anju.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;

import org.anju.hazard.DisasterType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Disaster types and severity classes as hazard files write them. */
class HazardValuesTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "洪涝|FLOOD", "洪水|FLOOD", "洪涝灾害|FLOOD", "FLOOD|FLOOD", "flood|FLOOD", "内涝|WATERLOGGING",
            "山体滑坡|LANDSLIDE", "泥石流|DEBRIS_FLOW", "地震|EARTHQUAKE", "台风|WINDSTORM", "风灾|WINDSTORM",
            "雪灾/冰冻|SNOW_ICE", "低温雨雪冰冻|SNOW_ICE", "其它|OTHER"})
    void disasterTypes(String text, DisasterType type) {
        assertThat(HazardValues.disasterType(text)).isEqualTo(type);
    }

    @Test
    void unknownDisasterTypes() {
        assertThat(HazardValues.disasterType("陨石")).isNull();
        assertThat(HazardValues.disasterType("灾害")).isNull();
    }

    @Test
    void waterDepthClassesAreOrderedByDepth() {
        List<String> classes = List.of("水深>1.5m", "水深0.5–1.5m", "水深<0.5m", "1.5米以上", "0.5米以下", "水深0.5-1.5米", "≥3m");
        List<String> ordered = classes.stream()
                .sorted(Comparator.comparingDouble(c -> HazardValues.severityOrder(c))).toList();
        assertThat(ordered).containsExactly("水深<0.5m", "0.5米以下", "水深0.5–1.5m", "水深0.5-1.5米", "水深>1.5m", "1.5米以上", "≥3m");
    }

    @Test
    void numbersWordsAndRomanIntensities() {
        assertThat(HazardValues.severityOrder(new BigDecimal("2.5"))).isEqualTo(2.5);
        assertThat(HazardValues.severityOrder("1.2m")).isEqualTo(1.2);
        assertThat(HazardValues.severityOrder("Ⅷ度")).isEqualTo(8.0);
        assertThat(HazardValues.severityOrder("VII")).isEqualTo(7.0);
        assertThat(HazardValues.severityOrder("轻度")).isLessThan(HazardValues.severityOrder("中度"));
        assertThat(HazardValues.severityOrder("中度淹没区")).isLessThan(HazardValues.severityOrder("重度淹没区"));
        assertThat(HazardValues.severityOrder("严重")).isLessThan(HazardValues.severityOrder("特别严重"));
        assertThat(HazardValues.severityOrder("一般")).isLessThan(HazardValues.severityOrder("特别重大"));
    }

    @Test
    void classesThatCannotBeOrdered() {
        assertThat(HazardValues.severityOrder("东片")).isNull();
        assertThat(HazardValues.severityOrder("1-2-3")).isNull();
        assertThat(HazardValues.severityOrder(null)).isNull();
    }
}

package org.anju.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Masking (DOMAIN.md §12) and the GB 11643 ID number check. */
class PersonalDataTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "140825198003150012, 1408**********0012",
            "11010519491231002X, 1101**********002X",
            "12345678, ********"})
    void idNumbersKeepRegionAndLastFourDigits(String idNumber, String masked) {
        assertThat(PersonalDataMask.idNumber(idNumber)).isEqualTo(masked);
    }

    @Test
    void phonesKeepPrefixAndLastFourDigits() {
        assertThat(PersonalDataMask.phone("13812345678")).isEqualTo("138****5678");
        assertThat(PersonalDataMask.phone("0359-7522110")).isEqualTo("035*****2110");
        assertThat(PersonalDataMask.phone(null)).isNull();
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "张三明, 张*明",
            "欧阳娜娜, 欧**娜",
            "李娜, 李*",
            "王, *",
            "' 赵六 ', 赵*",
            "𠮷田裕子, 𠮷**子",
            "'', ''"})
    void namesOnAMapLabelKeepTheFirstAndLastCharacter(String name, String masked) {
        assertThat(PersonalDataMask.name(name)).isEqualTo(masked);
        assertThat(PersonalDataMask.name(null)).isNull();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
            "11010519491231002X, ''",
            "110105194912310021, idNumber.checksum",
            "110105194902300021, idNumber.birthDate",
            "1101051949123100, idNumber.form",
            "11010519491231002x, idNumber.form"})
    void idNumbersAreChecked(String idNumber, String problem) {
        assertThat(IdNumbers.problem(idNumber).orElse("")).isEqualTo(problem);
    }
}

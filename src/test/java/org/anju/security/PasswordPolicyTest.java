package org.anju.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@link PasswordPolicy}, one case per rule, with the passwords issue 15 found accepted. */
class PasswordPolicyTest {

    @Test
    void theIssuesPasswordsAreRefusedSayingWhy() {
        assertThat(PasswordPolicy.reason("zhang", "aaaaaaaaaa")).isEqualTo("password.common");
        assertThat(PasswordPolicy.reason("zhang", "1234567890")).isEqualTo("password.common");
        assertThat(PasswordPolicy.reason("zhang", "password12")).isEqualTo("password.common");
        assertThat(PasswordPolicy.reason("zhang", "PassWord12")).as("case-insensitive").isEqualTo("password.common");
        assertThat(PasswordPolicy.reason("zhangsan01", "zhangsan01")).isEqualTo("password.containsUsername");
        assertThat(PasswordPolicy.reason("zhangsan", "My-ZhangSan-2026")).isEqualTo("password.containsUsername");
        assertThat(PasswordPolicy.reason("zhang", "short-1")).isEqualTo("password.tooShort");
    }

    @Test
    void goodPasswordsPass() {
        assertThat(PasswordPolicy.reason("admin", org.anju.testsupport.Api.ADMIN_PASSWORD)).isNull();
        assertThat(PasswordPolicy.reason("sanquan", SecuritySpec.PASSWORD)).isNull();
        assertThat(PasswordPolicy.reason("zhang", "河谷-三泉-乡镇-2026")).isNull();
    }

    @Test
    void theListHoldsTheThirtyThousandCommonPasswords() {
        assertThat(PasswordPolicy.commonPasswords()).isGreaterThanOrEqualTo(10_000);
    }
}

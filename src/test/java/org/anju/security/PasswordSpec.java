package org.anju.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.anju.testsupport.Api;
import org.anju.testsupport.Api.Response;
import org.anju.testsupport.ApiSpec;
import org.junit.jupiter.api.Test;

/** Issue 15: weak passwords are refused saying why; an administrator resets a password. */
abstract class PasswordSpec extends ApiSpec {

    static final String GOOD = "Hegu-Pa55-Lianhe-2026";

    private Response create(Api client, String username, String password) {
        return client.post("/api/accounts", """
                {"username": "%s", "display_name": "x", "password": "%s", "role": "PLANNER"}
                """.formatted(username, password));
    }

    @Test
    void theIssuesWeakPasswordsAre422SayingWhyInBothLanguages() {
        for (String weak : new String[] {"aaaaaaaaaa", "1234567890", "password12", "PASSWORD12"}) {
            Response answer = create(api, "weakling", weak);
            assertThat(answer.status()).as(weak).isEqualTo(422);
            assertThat(answer.body()).as(weak).contains("常见密码").doesNotContain(weak);
        }
        assertThat(create(new Api(port).inEnglish(), "weakling", "password12").body()).contains("common password");
        Response same = create(api, "zhangsan01", "zhangsan01");
        assertThat(same.status()).isEqualTo(422);
        assertThat(same.body()).contains("用户名");
        assertThat(create(new Api(port).inEnglish(), "zhangsan01", "Zhangsan01-xyz").body()).contains("user name");
        assertThat(create(api, "weakling", "short-1").body()).contains("至少需要 10 个字符");
        assertThat(api.get("/api/accounts").body()).doesNotContain("weakling").doesNotContain("zhangsan01");
    }

    @Test
    void anAdministratorResetsAPasswordAndTheOldOneStopsWorkingAtOnce() {
        assertThat(create(api, "resetme", GOOD).status()).isIn(201, 409);
        Api old = new Api(port).as("resetme", GOOD);
        assertThat(old.get("/api/me").status()).isEqualTo(200);   // verified and cached
        assertThat(old.put("/api/accounts/resetme/password", "{\"password\": \"Xin-Mima-Qiang-2026\"}").status())
                .as("not an administrator").isEqualTo(403);
        assertThat(api.put("/api/accounts/resetme/password", "{\"password\": \"password12\"}").status()).isEqualTo(422);
        assertThat(api.put("/api/accounts/nobody-here/password", "{\"password\": \"Xin-Mima-Qiang-2026\"}").status())
                .isEqualTo(404);
        assertThat(api.put("/api/accounts/resetme/password", "{\"password\": \"Xin-Mima-Qiang-2026\"}").status())
                .isEqualTo(204);
        assertThat(old.get("/api/me").status()).isEqualTo(401);
        assertThat(new Api(port).as("resetme", "Xin-Mima-Qiang-2026").get("/api/me").status()).isEqualTo(200);
        assertThat(api.get("/api/audit?action=ACCOUNT_PASSWORD_RESET").body()).contains("account resetme")
                .doesNotContain("Xin-Mima");
        api.put("/api/accounts/resetme/password", "{\"password\": \"" + GOOD + "\"}");
    }
}

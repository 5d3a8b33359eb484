package org.anju.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.anju.testsupport.Api;
import org.anju.testsupport.ApiSpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Asynchronous imports ({@code POST /api/imports?async=true} → 202 and a job to poll), on both
 * databases ({@link ImportJobOnH2GisTest}, {@link ImportJobOnPostgisTest}): the job ends with the
 * report and status the synchronous import gives, and only its account (or a county administrator)
 * can read it.
 */
abstract class ImportJobSpec extends ApiSpec {

    static final String PASSWORD = "Daoru-2024!";

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void staffAccounts() {
        for (String username : List.of("daoru1", "daoru2")) {
            Api.Response response = api.post("/api/accounts", """
                    {"username": "%s", "display_name": "县住建局%s", "password": "%s", "role": "COUNTY_STAFF"}
                    """.formatted(username, username, PASSWORD));
            assertThat(response.status()).as(response.body()).isIn(201, 409);
        }
    }

    @AfterEach
    void removeImportedRows() {
        jdbc.update("DELETE FROM house WHERE code LIKE 'IMP-%'");
    }

    @Test
    void anAsyncImportAnswers202AndItsJobEndsWithTheReport() {
        ImportClient.Answer answer = new ImportClient(port).as("daoru1", PASSWORD).upload("houses.csv", csv("""
                房屋编码,行政村代码,经度,纬度,房屋等级,鉴定日期,是否住人
                IMP-J1,140825100201,111.051,35.551,B,2023-05-01,是
                IMP-J2,140825100202,111.052,35.652,C,2023/6/1,否
                """), Map.of("layer", "houses", "async", "true"));

        assertThat(answer.status()).as(answer.toString()).isEqualTo(202);
        assertThat(answer.location()).isEqualTo("/api/imports/jobs/" + answer.report().path("id").asString());
        assertThat(answer.report().path("state").asString()).isIn("queued", "running", "finished");
        assertThat(answer.report().path("file").asString()).isEqualTo("houses.csv");

        JsonNode job = finished(new Api(port).as("daoru1", PASSWORD), answer.location());

        assertThat(job.path("state").asString()).isEqualTo("finished");
        assertThat(job.path("phase").asString()).isEqualTo("finished");
        assertThat(job.path("status").asInt()).isEqualTo(200);
        assertThat(job.path("started_by").asString()).isEqualTo("daoru1");
        assertThat(job.path("rows_read").asInt()).isEqualTo(2);
        assertThat(job.path("bytes_total").asLong()).isPositive().isEqualTo(job.path("bytes_read").asLong());
        assertThat(job.path("report").path("inserted").asInt()).isEqualTo(2);
        assertThat(job.path("report").path("written").asBoolean()).isTrue();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM house WHERE code LIKE 'IMP-J%'", Integer.class)).isEqualTo(2);
    }

    @Test
    void rejectedRowsEndTheJobWith422AndTheSameRowErrorsAsASynchronousImport() {
        byte[] file = csv("""
                房屋编码,行政村代码,经度,纬度,房屋等级,是否住人
                IMP-J3,140825100201,111.051,35.551,E级,是
                IMP-J4,149999999999,111.054,35.554,A,是
                """);
        JsonNode synchronous = new ImportClient(port).inEnglish().upload("bad.csv", file, Map.of("layer", "houses")).report();

        ImportClient.Answer answer = new ImportClient(port).upload("bad.csv", file, Map.of("layer", "houses", "async", "true"));
        JsonNode job = finished(api.inEnglish(), answer.location());

        assertThat(job.path("status").asInt()).isEqualTo(422);
        assertThat(job.path("errors_so_far").asInt()).isEqualTo(2);
        assertThat(ImportSpec.errors(job.path("report"))).hasSize(2).isEqualTo(ImportSpec.errors(synchronous));
        assertThat(job.path("report").path("written").asBoolean()).isFalse();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM house WHERE code LIKE 'IMP-J%'", Integer.class)).isZero();
    }

    @Test
    void onlyTheAccountThatStartedAJobAndCountyAdministratorsCanReadIt() {
        ImportClient.Answer answer = new ImportClient(port).as("daoru1", PASSWORD).upload("houses.csv", csv("""
                房屋编码,行政村代码,经度,纬度,是否住人
                IMP-J5,140825100201,111.051,35.551,是
                """), Map.of("layer", "houses", "async", "true", "dryRun", "true"));
        String job = answer.location();
        finished(new Api(port).as("daoru1", PASSWORD), job);

        Api other = new Api(port).as("daoru2", PASSWORD);
        assertThat(other.get(job).status()).isEqualTo(404);
        assertThat(ids(other.get("/api/imports/jobs").json())).doesNotContain(answer.report().path("id").asString());
        assertThat(api.get(job).status()).isEqualTo(200); // admin
        assertThat(ids(new Api(port).as("daoru1", PASSWORD).get("/api/imports/jobs").json()))
                .contains(answer.report().path("id").asString());
        assertThat(new Api(port).anonymous().get(job).status()).isEqualTo(401);
    }

    @Test
    void aMalformedAsyncFlagIsAParameterError() {
        ImportClient.Answer answer = new ImportClient(port).upload("houses.csv", csv("房屋编码\nIMP-J9\n"),
                Map.of("layer", "houses", "async", "soon"));

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.report().toString()).contains("async");
    }

    /** Polls the job until it is finished (at most 60 s). */
    static JsonNode finished(Api api, String job) {
        Instant give = Instant.now().plus(Duration.ofSeconds(60));
        while (true) {
            Api.Response response = api.get(job);
            assertThat(response.status()).as(response.body()).isEqualTo(200);
            JsonNode node = response.json();
            String state = node.path("state").asString();
            if (state.equals("finished") || state.equals("failed") || Instant.now().isAfter(give)) {
                return node;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return node;
            }
        }
    }

    private static List<String> ids(JsonNode jobs) {
        List<String> ids = new ArrayList<>();
        jobs.forEach(j -> ids.add(j.path("id").asString()));
        return ids;
    }

    private static byte[] csv(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}

package org.anju.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;

import org.anju.testsupport.Api;
import org.anju.testsupport.Api.Response;
import org.anju.testsupport.BrowserSession;
import org.anju.testsupport.CuttableProxy;
import org.anju.testsupport.PostgisDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * PostgreSQL goes away while the service runs, and comes back: the API and the health endpoint
 * answer 503 (not 500, not a hang), a change attempted meanwhile is not half-done, and the service
 * works again by itself — no restart — once the database is reachable. The outage is a cut of a
 * loopback proxy between the service and the test PostgreSQL ({@link CuttableProxy}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "anju.sample-data.directory=src/test/resources/fixture-county",
        "anju.security.admin-password=" + Api.ADMIN_PASSWORD,
        "spring.datasource.hikari.connection-timeout=2000",
        "spring.datasource.hikari.validation-timeout=1000",
        "management.endpoint.health.show-details=always"})
@ActiveProfiles("postgis")
@ContextConfiguration(initializers = DatabaseOutageOnPostgisTest.BehindProxy.class)
class DatabaseOutageOnPostgisTest {

    static CuttableProxy proxy;

    /** A PostGIS test database reached through the proxy. */
    static class BehindProxy implements ApplicationContextInitializer<ConfigurableApplicationContext> {
        @Override
        public void initialize(ConfigurableApplicationContext context) {
            URI direct = URI.create(PostgisDatabase.create("anju_test_outage_" + ProcessHandle.current().pid())
                    .substring("jdbc:".length()));
            try {
                proxy = new CuttableProxy(direct.getHost(), direct.getPort());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            TestPropertyValues.of(
                    "spring.datasource.url=jdbc:postgresql://127.0.0.1:" + proxy.port() + direct.getPath(),
                    "spring.datasource.username=postgres", "spring.datasource.password=").applyTo(context);
        }
    }

    @AfterAll
    static void closeProxy() throws IOException {
        proxy.close();
    }

    @LocalServerPort
    int port;

    @Autowired
    DataSource dataSource;

    /**
     * Reachable but busy: while every connection of the pool stays in use longer than a request
     * waits for one (2 s here), the answer is 503 "服务繁忙" with Retry-After 5 — both for a client
     * sending its password (whose account cannot be read) and for the map's session (whose query
     * gets no connection) — not "数据库暂时不可用"; and 200 as soon as a connection is free again.
     */
    @Test
    void whenEveryConnectionIsInUseTheApiSaysBusyNotDown() throws Exception {
        BrowserSession map = BrowserSession.atLoginPage(port);
        assertThat(map.logIn("admin", Api.ADMIN_PASSWORD).headers().firstValue("Location").orElse("")).doesNotContain("error");
        assertThat(map.get("/api/houses?limit=1").statusCode()).isEqualTo(200);

        HikariDataSource pool = dataSource.unwrap(HikariDataSource.class);
        List<Connection> taken = new ArrayList<>();
        try {
            while (taken.size() < pool.getMaximumPoolSize()) {
                taken.add(pool.getConnection());
            }
            Response withPassword = new Api(port).get("/api/houses?limit=1");
            assertThat(withPassword.status()).as(withPassword.body()).isEqualTo(503);
            assertThat(withPassword.json().path("title").asString()).isEqualTo("服务繁忙");
            assertThat(withPassword.header("Retry-After")).isEqualTo("5");
            Response inEnglish = new Api(port).inEnglish().get("/api/houses?limit=1");
            assertThat(inEnglish.status()).as(inEnglish.body()).isEqualTo(503);
            assertThat(inEnglish.json().path("title").asString()).isEqualTo("Service busy");
            HttpResponse<String> fromTheMap = map.get("/api/houses?limit=1");
            assertThat(fromTheMap.statusCode()).as(fromTheMap.body()).isEqualTo(503);
            assertThat(Api.JSON.readTree(fromTheMap.body()).path("title").asString()).isEqualTo("服务繁忙");
            assertThat(fromTheMap.headers().firstValue("Retry-After")).hasValue("5");
        } finally {
            for (Connection connection : taken) {
                connection.close();
            }
        }
        assertThat(new Api(port).get("/api/houses?limit=1").status()).isEqualTo(200);
        assertThat(map.get("/api/houses?limit=1").statusCode()).isEqualTo(200);
    }

    @Test
    void whileTheDatabaseIsDownTheApiSays503AndAfterwardsItWorksWithoutARestart() {
        Api api = new Api(port);
        assertThat(api.get("/api/houses?limit=1").status()).isEqualTo(200);
        long households = api.get("/api/households").json().path("number_matched").asLong();

        proxy.cut();
        try {
            Response list = api.get("/api/houses?limit=1");
            assertThat(list.status()).as(list.body()).isEqualTo(503);
            assertThat(list.json().path("title").asString()).isEqualTo("数据库暂时不可用");
            Response change = api.post("/api/households", """
                    {"code": "T-OUTAGE-1", "head_name": "停库户", "id_number": "11010519491231002X", "members": 2,
                     "village_code": "140825101201", "categories": ["农村低保户"]}""");
            assertThat(change.status()).as(change.body()).isEqualTo(503);
            assertThat(new Api(port).anonymous().get("/actuator/health").status()).isEqualTo(503);
        } finally {
            proxy.restore();
        }

        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        Response again;
        do {
            again = api.get("/api/houses?limit=1");
        } while (again.status() != 200 && Instant.now().isBefore(deadline));
        assertThat(again.status()).as(again.body()).isEqualTo(200);
        assertThat(new Api(port).anonymous().get("/actuator/health").status()).isEqualTo(200);
        // the change attempted during the outage did not happen, nothing else was lost
        assertThat(api.get("/api/households/T-OUTAGE-1").status()).isEqualTo(404);
        assertThat(api.get("/api/households").json().path("number_matched").asLong()).isEqualTo(households);
    }

    /**
     * Issue 7: an import that the outage cuts off mid-way leaves the database as before. 100,000
     * households are imported asynchronously; the connection to PostgreSQL is cut as soon as the
     * import has read its first rows, and given back 15 s later (longer than the pool's 10 s
     * connection timeout). The job ends without writing, none of its households exists, and the
     * service answers again without a restart. (The job cannot be polled during the cut: every
     * request reads its account from the database.)
     */
    @Test
    void anImportCutOffByTheOutageLeavesNothingBehind() throws Exception {
        Api api = new Api(port);
        long households = api.get("/api/households").json().path("number_matched").asLong();
        StringBuilder csv = new StringBuilder("户编码,户主姓名,家庭人口,行政村\n");
        for (int i = 0; i < 100_000; i++) {
            csv.append("T-OUTAGE-IMP").append(i).append(",停库导入户,2,140825101201\n");
        }
        Response started = api.multipart("/api/imports", java.util.Map.of("layer", "households", "async", "true"),
                "停库导入.csv", "text/csv", csv.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(started.status()).as(started.body()).isEqualTo(202);
        String job = started.location();

        var running = api.get(job).json();
        while (running.path("rows_read").asLong() == 0 && running.path("state").asString().matches("queued|running")) {
            Thread.sleep(20);
            running = api.get(job).json();
        }
        assertThat(running.path("state").asString()).as("the import is still under way when the database goes: " + running)
                .isEqualTo("running");
        proxy.cut();
        try {
            Thread.sleep(15_000);
        } finally {
            proxy.restore();
        }

        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        Response ended;
        do {
            Thread.sleep(200);
            ended = api.get(job);
        } while ((ended.status() != 200 || ended.json().path("state").asString().matches("queued|running"))
                && Instant.now().isBefore(deadline));
        assertThat(ended.status()).as(ended.body()).isEqualTo(200);
        assertThat(ended.json().path("state").asString()).as(ended.body()).isIn("failed", "finished");
        assertThat(ended.json().path("report").path("written").asBoolean()).as(ended.body()).isFalse();
        assertThat(api.get("/api/households/T-OUTAGE-IMP0").status()).isEqualTo(404);
        assertThat(api.get("/api/households/T-OUTAGE-IMP99999").status()).isEqualTo(404);
        assertThat(api.get("/api/households").json().path("number_matched").asLong()).isEqualTo(households);
    }
}

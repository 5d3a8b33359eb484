package org.anju.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Gives each Spring test context its own, new PostgreSQL database with PostGIS, on the server at
 * {@code ANJU_TEST_PG_HOST:ANJU_TEST_PG_PORT} (default 127.0.0.1:5432, user postgres, trust auth),
 * and drops it when the JVM ends. Fails loudly — never skips — when the server or the PostGIS
 * extension is missing: the PostGIS half of the suite is not optional.
 */
public class PostgisDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static final String HOST = env("ANJU_TEST_PG_HOST", "127.0.0.1");
    private static final String PORT = env("ANJU_TEST_PG_PORT", "5432");
    private static final String USER = env("ANJU_TEST_PG_USER", "postgres");
    private static final AtomicInteger COUNTER = new AtomicInteger();

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        String name = "anju_test_" + ProcessHandle.current().pid() + "_" + COUNTER.incrementAndGet();
        String url = create(name);
        TestPropertyValues.of(
                "spring.datasource.url=" + url,
                "spring.datasource.username=" + USER,
                "spring.datasource.password=").applyTo(context);
    }

    /** Creates database {@code name} with PostGIS and returns its JDBC URL. */
    public static String create(String name) {
        try (Connection admin = DriverManager.getConnection(url("postgres"), USER, "");
             Statement sql = admin.createStatement()) {
            sql.execute("DROP DATABASE IF EXISTS " + name);
            sql.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL is not reachable at " + HOST + ":" + PORT
                    + " as " + USER + " (start it: pg_ctlcluster --skip-systemctl-redirect 15 main start): "
                    + e.getMessage(), e);
        }
        try (Connection db = DriverManager.getConnection(url(name), USER, "");
             Statement sql = db.createStatement()) {
            sql.execute("CREATE EXTENSION postgis");
        } catch (SQLException e) {
            throw new IllegalStateException("PostGIS is not installed on the test server "
                    + "(apt-get install postgresql-15-postgis-3, or run .ci/run): " + e.getMessage(), e);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> drop(name)));
        return url(name);
    }

    private static void drop(String name) {
        try (Connection admin = DriverManager.getConnection(url("postgres"), USER, "");
             Statement sql = admin.createStatement()) {
            sql.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        } catch (SQLException e) {
            System.err.println("could not drop test database " + name + ": " + e.getMessage());
        }
    }

    private static String url(String database) {
        return "jdbc:postgresql://" + HOST + ":" + PORT + "/" + database;
    }

    private static String env(String name, String defaultValue) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? defaultValue : value;
    }
}

package org.anju.testsupport;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * Runs the annotated spec against a real PostGIS database created for the test run (see
 * {@link PostgisDatabase}), with the {@code postgis} profile, loaded with the fixture county.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "anju.sample-data.directory=src/test/resources/fixture-county",
        "anju.security.admin-password=" + Api.ADMIN_PASSWORD})
@ActiveProfiles("postgis")
@ContextConfiguration(initializers = PostgisDatabase.class)
public @interface OnPostgis {
}

package org.anju.testsupport;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;

/**
 * Runs the annotated spec against the embedded H2GIS database, in memory, loaded with the
 * hand-written fixture county ({@code src/test/resources/fixture-county}, see its README).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:anju-fixture;DB_CLOSE_DELAY=-1",
        "anju.sample-data.directory=src/test/resources/fixture-county",
        "anju.security.admin-password=" + Api.ADMIN_PASSWORD})
public @interface OnH2Gis {
}

package org.anju.geo;

import javax.sql.DataSource;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Makes the {@link SpatialDialect} of the configured database injectable. */
@Configuration(proxyBeanMethods = false)
class SpatialDialectConfig {

    @Bean
    SpatialDialect spatialDialect(DataSource dataSource) {
        return SpatialDialect.of(dataSource);
    }
}

package org.anju.system;

import com.zaxxer.hikari.HikariDataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Runs {@link EmbeddedDatabaseRecovery} on the embedded database file before the connection pool,
 * Flyway or anything else opens it. PostgreSQL and in-memory databases are left alone.
 */
@Configuration(proxyBeanMethods = false)
class EmbeddedDatabaseRecoveryConfig {

    @Bean
    static BeanPostProcessor embeddedDatabaseRecovery() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String beanName) {
                if (bean instanceof HikariDataSource pool) {
                    EmbeddedDatabaseRecovery.recoverIfNeeded(pool.getJdbcUrl(), pool.getUsername(), pool.getPassword());
                }
                return bean;
            }
        };
    }
}

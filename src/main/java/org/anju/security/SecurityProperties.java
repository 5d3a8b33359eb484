package org.anju.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code anju.security}.
 *
 * @param adminPassword password of the administrator created at first start ({@code ANJU_ADMIN_PASSWORD});
 *                      empty: a random one is generated and printed once
 * @param verifiedPasswordLifetime how long a password that matched its bcrypt hash is accepted without
 *                      checking bcrypt again (HTTP Basic clients send it with every request); 0 turns it off
 */
@ConfigurationProperties("anju.security")
public record SecurityProperties(String adminPassword, @DefaultValue("5m") Duration verifiedPasswordLifetime) {
}

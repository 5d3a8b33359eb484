package org.anju.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings under {@code anju.security}.
 *
 * @param adminPassword password of the administrator created at first start ({@code ANJU_ADMIN_PASSWORD});
 *                      empty: a random one is generated and printed once
 */
@ConfigurationProperties("anju.security")
public record SecurityProperties(String adminPassword) {
}

package org.anju.ogcapi;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings under {@code anju.ogcapi}.
 *
 * @param defaultLimit features per page when a request gives no {@code limit} (default 100)
 * @param maxLimit     the largest accepted {@code limit} (default 10,000); larger values are answered
 *                     with 400, as OGC API – Features allows
 */
@ConfigurationProperties("anju.ogcapi")
public record OgcApiProperties(Integer defaultLimit, Integer maxLimit) {

    public OgcApiProperties {
        if (defaultLimit == null) {
            defaultLimit = 100;
        }
        if (maxLimit == null) {
            maxLimit = 10_000;
        }
        if (defaultLimit < 1 || maxLimit < defaultLimit) {
            throw new IllegalArgumentException("anju.ogcapi: need 1 <= default-limit <= max-limit");
        }
    }
}

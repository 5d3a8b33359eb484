package org.anju.system;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings under {@code anju.*} (see application.yml for the environment variables behind them).
 *
 * @param dataDir    where the embedded H2GIS database and other state live ({@code ANJU_DATA_DIR}, default {@code ./data})
 * @param sampleData the sample county loaded into an empty database at start-up
 * @param paging     limits of list endpoints
 */
@ConfigurationProperties("anju")
public record AnjuProperties(Path dataDir, SampleData sampleData, Paging paging) {

    public AnjuProperties {
        if (dataDir == null) {
            dataDir = Path.of("data");
        }
        if (sampleData == null) {
            sampleData = new SampleData(true, Path.of("gis-data/xinjiang"));
        }
        if (paging == null) {
            paging = new Paging(100, 10_000);
        }
    }

    /**
     * @param enabled   load the sample county when the database holds no administrative area ({@code ANJU_SAMPLE_DATA}, default true)
     * @param directory the county package to load (default {@code gis-data/xinjiang})
     */
    public record SampleData(boolean enabled, Path directory) {
    }

    /**
     * @param defaultLimit features per page when the request gives no {@code limit} (default 100)
     * @param maxLimit     the largest accepted {@code limit} (default 10,000)
     */
    public record Paging(int defaultLimit, int maxLimit) {
    }
}

package org.anju.imports;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Limits of {@code POST /api/imports} (settings {@code anju.imports.*}). The defaults take a
 * province's houses in one file and refuse what can only be a mistake or an attack.
 *
 * @param maxUploadBytes        largest accepted upload (default 1 GiB; also raise
 *                              {@code spring.servlet.multipart.max-file-size})
 * @param maxZipEntries         most entries in a zip/KMZ (default 1,000)
 * @param maxUncompressedBytes  most bytes a zip may expand to in all (default 8 GiB)
 * @param maxCompressionRatio   largest ratio uncompressed/compressed of one entry (default 200;
 *                              a DBF of repetitive text compresses about 20:1, zip bombs 1000:1)
 * @param maxReportedErrors     row errors listed in a report; further ones are counted only (default 1,000)
 * @param batchSize             rows per JDBC batch or COPY chunk (default 5,000)
 */
@ConfigurationProperties("anju.imports")
record ImportProperties(long maxUploadBytes, int maxZipEntries, long maxUncompressedBytes,
                        double maxCompressionRatio, int maxReportedErrors, int batchSize) {

    ImportProperties {
        maxUploadBytes = maxUploadBytes > 0 ? maxUploadBytes : 1L << 30;
        maxZipEntries = maxZipEntries > 0 ? maxZipEntries : 1000;
        maxUncompressedBytes = maxUncompressedBytes > 0 ? maxUncompressedBytes : 8L << 30;
        maxCompressionRatio = maxCompressionRatio > 0 ? maxCompressionRatio : 200;
        maxReportedErrors = maxReportedErrors > 0 ? maxReportedErrors : 1000;
        batchSize = batchSize > 0 ? batchSize : 5000;
    }

    static ImportProperties defaults() {
        return new ImportProperties(0, 0, 0, 0, 0, 0);
    }
}

package org.anju.casework.inspection;

import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * What the photos of an inspection task may be, under {@code anju.casework.inspection-photos}.
 *
 * @param maxSize      largest photo accepted (default 15MB; phones take 3–8 MB)
 * @param allowedTypes content types accepted, checked against the file's first bytes (default JPEG, PNG, WebP)
 * @param maxPerTask   photos one task may have (default 20), so that a stuck upload loop cannot fill the disk
 */
@ConfigurationProperties("anju.casework.inspection-photos")
public record InspectionPhotoProperties(DataSize maxSize, Set<String> allowedTypes, Integer maxPerTask) {

    public InspectionPhotoProperties {
        maxSize = maxSize == null ? DataSize.ofMegabytes(15) : maxSize;
        allowedTypes = allowedTypes == null || allowedTypes.isEmpty()
                ? Set.of("image/jpeg", "image/png", "image/webp") : Set.copyOf(allowedTypes);
        maxPerTask = maxPerTask == null ? 20 : maxPerTask;
    }
}

package org.anju.casework.inspection;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Field work with and without signal (issue 17), under {@code anju.casework.field-work}.
 *
 * @param reviewDistanceMetres  a result recorded farther than this from its house is flagged for review
 *                              (待核查; not refused): default 200 m
 * @param reviewAccuracyMetres  a result whose position is less accurate than this (the phone's own
 *                              accuracy, metres) is flagged for review: default 100 m
 * @param offlinePackageMaxSize the largest offline package a phone is given (data and map tiles, as
 *                              estimated): default 60MB; a village above it is refused with 422
 * @param tileMinZoom           the lowest zoom of the house tiles taken offline (default 14)
 * @param tileMaxZoom           the highest (default 18)
 * @param tileBytesPerHouse     estimated bytes one house adds to a house tile (default 60, measured on
 *                              the sample county: docs/CASEWORK.md)
 * @param tileBytesOverhead     estimated bytes of a tile with one house (layer header, default 80)
 */
@ConfigurationProperties("anju.casework.field-work")
public record FieldWorkProperties(Double reviewDistanceMetres, Double reviewAccuracyMetres,
                                  DataSize offlinePackageMaxSize, Integer tileMinZoom, Integer tileMaxZoom,
                                  Integer tileBytesPerHouse, Integer tileBytesOverhead) {

    public FieldWorkProperties {
        reviewDistanceMetres = reviewDistanceMetres == null ? 200.0 : reviewDistanceMetres;
        reviewAccuracyMetres = reviewAccuracyMetres == null ? 100.0 : reviewAccuracyMetres;
        offlinePackageMaxSize = offlinePackageMaxSize == null ? DataSize.ofMegabytes(60) : offlinePackageMaxSize;
        tileMinZoom = tileMinZoom == null ? 14 : tileMinZoom;
        tileMaxZoom = tileMaxZoom == null ? 18 : tileMaxZoom;
        tileBytesPerHouse = tileBytesPerHouse == null ? 60 : tileBytesPerHouse;
        tileBytesOverhead = tileBytesOverhead == null ? 80 : tileBytesOverhead;
        if (tileMinZoom < 0 || tileMaxZoom > 22 || tileMinZoom > tileMaxZoom) {
            throw new IllegalArgumentException("anju.casework.field-work: tile zooms must be 0 <= min <= max <= 22, are "
                    + tileMinZoom + ".." + tileMaxZoom);
        }
    }
}

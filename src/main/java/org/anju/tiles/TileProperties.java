package org.anju.tiles;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code anju.tiles}.
 *
 * @param pointsFromZoom from this zoom on every house is a point; below it houses are counted in cells
 *                       (default 12: a tile is then about 8 km wide and holds a few thousand houses)
 * @param cellsPerTile   cells along each edge of a tile below {@link #pointsFromZoom} (default 8:
 *                       cells of 32 screen pixels)
 * @param maxAgeSeconds  how long a browser may reuse a tile ({@code Cache-Control: max-age}, default 30)
 */
@ConfigurationProperties("anju.tiles")
public record TileProperties(@DefaultValue("12") int pointsFromZoom, @DefaultValue("8") int cellsPerTile,
                             @DefaultValue("30") int maxAgeSeconds) {
}

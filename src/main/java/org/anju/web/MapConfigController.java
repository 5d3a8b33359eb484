package org.anju.web;

import java.util.Map;

import org.anju.sample.SampleCountyStatus;
import org.anju.tiles.HouseTiles;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/map-config}: what the browser map needs to know about this installation. */
@RestController
class MapConfigController {

    private final MapProperties map;
    private final HouseTiles tiles;
    private final SampleCountyStatus sample;

    MapConfigController(MapProperties map, HouseTiles tiles, SampleCountyStatus sample) {
        this.map = map;
        this.tiles = tiles;
        this.sample = sample;
    }

    @GetMapping("/api/map-config")
    Map<String, Object> config() {
        return Map.of("basemaps", map.basemaps(), "house_points_from_zoom", tiles.pointsFromZoom(),
                "sample_county_loading", sample.loading());
    }
}

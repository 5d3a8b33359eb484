package org.anju.tiles;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.anju.house.HouseFilter;
import org.anju.security.Jurisdiction;
import org.anju.system.FieldProblem;
import org.anju.system.InvalidInputException;
import org.anju.system.ReadsQueryParameters;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /tiles/houses/{z}/{x}/{y}.mvt} with the filters of {@code GET /api/houses} (grade,
 * occupancy, structure, category, target_household, priority, village, township, bbox).
 */
@RestController
class TileController {

    static final MediaType MVT = MediaType.parseMediaType("application/vnd.mapbox-vector-tile");

    private final HouseTiles tiles;
    private final TileProperties properties;
    private final Jurisdiction jurisdiction;

    TileController(HouseTiles tiles, TileProperties properties, Jurisdiction jurisdiction) {
        this.tiles = tiles;
        this.properties = properties;
        this.jurisdiction = jurisdiction;
    }

    @ReadsQueryParameters(from = HouseFilter.class)
    @GetMapping(path = "/tiles/houses/{z}/{x}/{y}.mvt")
    ResponseEntity<byte[]> houses(@PathVariable int z, @PathVariable int x, @PathVariable int y,
                                  @RequestParam MultiValueMap<String, String> params) {
        TileAddress tile = TileAddress.of(z, x, y);
        List<FieldProblem> problems = new ArrayList<>();
        HouseFilter filter = HouseFilter.from(params, problems, jurisdiction);
        if (!problems.isEmpty()) {
            throw InvalidInputException.badRequest(problems);
        }
        byte[] mvt = tiles.render(tile, filter);
        return ResponseEntity.ok()
                .contentType(MVT)
                .cacheControl(CacheControl.maxAge(properties.maxAgeSeconds(), TimeUnit.SECONDS).cachePrivate())
                .header("X-Anju-Tile-Layer", tiles.layerAt(z).layerName())
                .body(mvt);
    }
}

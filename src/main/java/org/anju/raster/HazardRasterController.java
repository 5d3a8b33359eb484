package org.anju.raster;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.List;
import java.util.Map;

import org.anju.system.FieldProblem;
import org.anju.system.InvalidInputException;
import org.anju.system.JsonFields;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Hazard rasters (GeoTIFF): upload one, sampled at every house; list them. */
@RestController
@RequestMapping("/api/hazard-rasters")
class HazardRasterController {

    private final HazardRasters rasters;
    private final NamedParameterJdbcTemplate jdbc;

    HazardRasterController(HazardRasters rasters, NamedParameterJdbcTemplate jdbc) {
        this.rasters = rasters;
        this.jdbc = jdbc;
    }

    /** Multipart: {@code file} (GeoTIFF), {@code name}, {@code kind} (SEISMIC_INTENSITY, PGA, FLOOD_DEPTH, OTHER). */
    @PostMapping(consumes = "multipart/form-data")
    ResponseEntity<HazardRasters.Registered> upload(@RequestParam MultipartFile file, @RequestParam String name,
                                                    @RequestParam String kind) throws IOException {
        RasterKind rasterKind = JsonFields.parseEnum(RasterKind.class, kind);
        if (rasterKind == null) {
            throw InvalidInputException.badRequest(new FieldProblem("kind", kind, "enum.unknown",
                    List.of(RasterKind.values())));
        }
        if (name.isBlank() || name.length() > 200) {
            throw InvalidInputException.badRequest(new FieldProblem("name", name, "field.required"));
        }
        try (InputStream in = file.getInputStream()) {
            HazardRasters.Registered registered = rasters.register(name.strip(), rasterKind, in);
            URI location = ServletUriComponentsBuilder.fromCurrentContextPath().path("/api/hazard-rasters/{id}/affected")
                    .buildAndExpand(registered.id()).toUri();
            return ResponseEntity.created(location).body(registered);
        }
    }

    @GetMapping
    @Transactional(readOnly = true)
    List<Map<String, Object>> list() {
        return jdbc.queryForList("""
                SELECT id, name, kind, crs, min_lon, min_lat, max_lon, max_lat, width, height, samples
                FROM hazard_raster ORDER BY id DESC""", Map.of()).stream()
                .map(row -> {
                    Map<String, Object> plain = new java.util.LinkedHashMap<>();
                    row.forEach((k, v) -> plain.put(k.toLowerCase(java.util.Locale.ROOT), v));
                    return plain;
                }).toList();
    }
}

package org.anju.area;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.anju.geo.Bbox;
import org.anju.geo.FeatureCollectionWriter;
import org.anju.system.FieldProblem;
import org.anju.system.InvalidInputException;
import org.anju.system.NotFoundException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** 行政区划: the county → township → village tree and the area boundaries as GeoJSON. */
@RestController
@RequestMapping("/api/areas")
class AreaController {

    static final String GEO_JSON = "application/geo+json";

    private final NamedParameterJdbcTemplate jdbc;

    AreaController(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The whole tree, roots (areas without a parent in the database) first, children by code. */
    @GetMapping("/tree")
    @Transactional(readOnly = true)
    List<AreaNode> tree() {
        Map<String, AreaNode> byCode = new LinkedHashMap<>();
        List<AreaNode> roots = new ArrayList<>();
        jdbc.query(AreaSql.TREE, rs -> {
            AreaNode node = new AreaNode(rs.getString("code"), rs.getString("name"),
                    AreaLevel.valueOf(rs.getString("level")));
            byCode.put(node.code(), node);
            AreaNode parent = byCode.get(rs.getString("parent_code"));
            // codes sort parents before children, so a missing parent means a root
            (parent == null ? roots : parent.children()).add(node);
        });
        return roots;
    }

    /** Boundaries as a FeatureCollection, optionally filtered by level, parent code and bbox. */
    @GetMapping(produces = GEO_JSON)
    @Transactional(readOnly = true)
    void features(@RequestParam(required = false) String level, @RequestParam(required = false) String parent,
                  @RequestParam(required = false) String bbox, HttpServletResponse response) throws IOException {
        StringBuilder sql = new StringBuilder(AreaSql.FEATURES);
        MapSqlParameterSource params = new MapSqlParameterSource();
        List<FieldProblem> problems = new ArrayList<>();
        if (level != null) {
            try {
                params.addValue("level", AreaLevel.valueOf(level.strip().toUpperCase(Locale.ROOT)).name());
                sql.append(AreaSql.LEVEL_FILTER);
            } catch (IllegalArgumentException e) {
                problems.add(new FieldProblem("level", level, "enum.unknown", List.of(AreaLevel.values())));
            }
        }
        if (parent != null) {
            if (!AdminCode.isValid(parent)) {
                problems.add(new FieldProblem("parent", parent, "adminCode.form"));
            }
            params.addValue("parent", parent);
            sql.append(AreaSql.PARENT_FILTER);
        }
        if (bbox != null) {
            try {
                Bbox box = Bbox.parse(bbox);
                params.addValue("minLon", box.minLon()).addValue("minLat", box.minLat())
                        .addValue("maxLon", box.maxLon()).addValue("maxLat", box.maxLat());
                sql.append(AreaSql.BBOX_FILTER);
            } catch (IllegalArgumentException e) {
                problems.add(new FieldProblem("bbox", bbox, "bbox.invalid", e.getMessage()));
            }
        }
        if (!problems.isEmpty()) {
            throw InvalidInputException.badRequest(problems);
        }
        sql.append(AreaSql.ORDER);
        response.setContentType(GEO_JSON);
        try (FeatureCollectionWriter out = new FeatureCollectionWriter(response.getOutputStream())) {
            out.start(json -> { });
            jdbc.query(sql.toString(), params, out::writeRow);
            out.finish(json -> { });
        }
    }

    /** One area with its boundary as a GeoJSON Feature; 404 when the code is unknown. */
    @GetMapping(path = "/{code}", produces = GEO_JSON)
    @Transactional(readOnly = true)
    void one(@PathVariable String code, HttpServletResponse response) throws IOException {
        if (jdbc.queryForObject(AreaSql.EXISTS, Map.of("code", code), Integer.class) == 0) {
            throw new NotFoundException("area", code);
        }
        response.setContentType(GEO_JSON);
        try (FeatureCollectionWriter out = new FeatureCollectionWriter(response.getOutputStream())) {
            jdbc.query(AreaSql.ONE, Map.of("code", code), row -> {
                out.writeFeature(row, json -> { });
            });
        }
    }
}

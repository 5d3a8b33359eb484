package org.anju.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.anju.system.FieldProblem;
import org.anju.system.InvalidInputException;
import org.anju.system.QueryParameters;
import org.anju.system.ReadsQueryParameters;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/audit}: the audit log, newest first, for county administrators (see
 * security.SecurityConfig). Filters: {@code username}, {@code action}, {@code target} (prefix);
 * paging with {@code limit} (≤ 1000) and {@code offset}.
 */
@RestController
class AuditController {

    private static final int MAX_LIMIT = 1000;

    private final NamedParameterJdbcTemplate jdbc;

    AuditController(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @ReadsQueryParameters(names = {"username", "action", "target", "limit", "offset"})
    @GetMapping("/api/audit")
    @Transactional(readOnly = true)
    List<Map<String, Object>> entries(@RequestParam MultiValueMap<String, String> query) {
        List<FieldProblem> problems = new ArrayList<>();
        int limit = QueryParameters.integer(query, "limit", 100, 1, MAX_LIMIT, problems);
        int offset = QueryParameters.integer(query, "offset", 0, 0, Integer.MAX_VALUE, problems);
        if (!problems.isEmpty()) {
            throw InvalidInputException.badRequest(problems);
        }
        String target = blankToNull(query.getFirst("target"));
        MapSqlParameterSource params = new MapSqlParameterSource()
                .addValue("username", blankToNull(query.getFirst("username")))
                .addValue("action", blankToNull(query.getFirst("action")))
                .addValue("target", target == null ? null : escapeLike(target) + "%")
                .addValue("limit", limit).addValue("offset", offset);
        return jdbc.queryForList(AuditSql.PAGE, params).stream().map(AuditController::lowerKeys).toList();
    }

    private static Map<String, Object> lowerKeys(Map<String, Object> row) {
        Map<String, Object> out = new java.util.LinkedHashMap<>();
        row.forEach((k, v) -> out.put(k.toLowerCase(java.util.Locale.ROOT), v));
        return out;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private static String escapeLike(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}

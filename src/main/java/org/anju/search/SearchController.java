package org.anju.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.anju.security.Jurisdiction;
import org.anju.system.FieldProblem;
import org.anju.system.InvalidInputException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/search?q=…}: houses whose code starts or ends with the text, households whose
 * head's name contains it, villages and townships whose name contains it — ranked exact, then
 * start, then tail, then elsewhere; ties by level (township, village, house, household) then code.
 * Each hit names its village and township (and a household the tail of its code) so that six
 * households headed by 王鹏 can be told apart.
 */
@RestController

class SearchController {

    static final int MAX_TEXT = 50;
    /** How many characters of a household's code a hit shows (the rest is masked). */
    static final int CODE_TAIL = 4;

    private static final List<String> LEVELS = List.of("TOWNSHIP", "VILLAGE", "house", "household");

    private final NamedParameterJdbcTemplate jdbc;
    private final Jurisdiction jurisdiction;
    private final MessageSource messages;

    SearchController(NamedParameterJdbcTemplate jdbc, Jurisdiction jurisdiction, MessageSource messages) {
        this.jdbc = jdbc;
        this.jurisdiction = jurisdiction;
        this.messages = messages;
    }

    /**
     * One hit: {@code kind} house | household | TOWNSHIP | VILLAGE; {@code match} EXACT | PREFIX |
     * TAIL | CONTAINS; {@code village}, {@code township} the names around it; {@code code_tail} a
     * household's code masked but for its last characters; {@code detail} all of that as one line in
     * the request's language; a point ({@code lon}, {@code lat}) for houses and households with a
     * house, a box ({@code bbox}) for areas.
     */
    record Hit(String kind, Match match, String code, String label, String village, String township,
               String codeTail, String detail, String houseCode, Double lon, Double lat, double[] bbox) {
    }

    @GetMapping("/api/search")
    @Transactional(readOnly = true)
    List<Hit> search(@RequestParam(name = "q", required = false) String q,
                     @RequestParam(name = "limit", defaultValue = "10") int limit) {
        String text = q == null ? "" : q.strip();
        if (text.isEmpty() || text.length() > MAX_TEXT) {
            throw InvalidInputException.badRequest(new FieldProblem("q", q, "field.length", 1, MAX_TEXT));
        }
        if (limit < 1 || limit > 50) {
            throw InvalidInputException.badRequest(new FieldProblem("limit", limit, "field.range", 1, 50));
        }
        String upper = text.toUpperCase(Locale.ROOT);
        MapSqlParameterSource params = new MapSqlParameterSource()
                .addValue("text", text)
                .addValue("codeStart", escaped(upper) + "%")
                .addValue("codeTail", escaped(ReversedText.of(upper)) + "%")
                .addValue("nameStart", escaped(text) + "%")
                .addValue("contains", "%" + escaped(text) + "%")
                .addValue("limit", limit);
        String houses = jurisdiction.condition("h.village_code", params);
        String households = jurisdiction.condition("r.village_code", params);
        Map<String, Hit> hits = new LinkedHashMap<>();
        jdbc.query(SearchSql.AREAS, params, rs -> {
            String level = rs.getString("level");
            String name = rs.getString("name");
            String parent = rs.getString("parent_name");
            boolean village = "VILLAGE".equals(level);
            Match match = Match.values()[rs.getInt("match_rank")];
            add(hits, new Hit(level, match, rs.getString("code"), name, village ? name : null,
                    village ? parent : name, null, parent, null, null, null,
                    new double[] {rs.getDouble("min_lon"), rs.getDouble("min_lat"), rs.getDouble("max_lon"),
                            rs.getDouble("max_lat")}));
        });
        for (String sql : List.of(SearchSql.HOUSES_BY_START, SearchSql.HOUSES_BY_TAIL)) {
            jdbc.query(sql.formatted(houses), params, rs -> {
                String code = rs.getString("code");
                Match match = code.toUpperCase(Locale.ROOT).startsWith(upper) ? Match.of(code, text) : Match.TAIL;
                String village = rs.getString("village_name");
                String township = rs.getString("township_name");
                add(hits, new Hit("house", match, code, code, village, township, null,
                        line(village, township), code, rs.getDouble("lon"), rs.getDouble("lat"), null));
            });
        }
        for (String sql : List.of(SearchSql.HOUSEHOLDS_BY_START, SearchSql.HOUSEHOLDS_CONTAINING)) {
            jdbc.query(sql.formatted(households), params, rs -> {
                String house = rs.getString("house_code");
                String name = rs.getString("head_name");
                String village = rs.getString("village_name");
                String township = rs.getString("township_name");
                String tail = masked(rs.getString("code"));
                String detail = line(village, township, message("search.hit.household", tail),
                        house == null ? message("search.hit.noHouse") : message("search.hit.house", house));
                add(hits, new Hit("household", Match.of(name, text), rs.getString("code"), name, village, township,
                        tail, detail, house, house == null ? null : rs.getDouble("lon"),
                        house == null ? null : rs.getDouble("lat"), null));
            });
        }
        List<Hit> ranked = new ArrayList<>(hits.values());
        ranked.sort(Comparator.comparing(Hit::match).thenComparing(h -> LEVELS.indexOf(h.kind()))
                .thenComparing(Hit::code));
        return ranked.size() > limit ? ranked.subList(0, limit) : ranked;
    }

    private static void add(Map<String, Hit> hits, Hit hit) {
        hits.putIfAbsent(hit.kind() + ":" + hit.code(), hit);
    }

    private static String escaped(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }

    /** {@code 140825-HH0019} → {@code …0019}: enough to tell households apart, not their code. */
    static String masked(String code) {
        return code.length() <= CODE_TAIL ? code : "…" + code.substring(code.length() - CODE_TAIL);
    }

    private String line(String... parts) {
        return String.join(" · ", java.util.Arrays.stream(parts).filter(p -> p != null && !p.isBlank()).toList());
    }

    private String message(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }
}

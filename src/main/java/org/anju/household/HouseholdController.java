package org.anju.household;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.anju.security.Jurisdiction;
import org.anju.system.AnjuProperties;
import org.anju.system.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import tools.jackson.databind.JsonNode;

/** 农户: households with their categories, residence and owned houses; personal data masked. */
@RestController
@RequestMapping("/api/households")
class HouseholdController {

    private final NamedParameterJdbcTemplate jdbc;
    private final HouseholdEditor editor;
    private final HouseholdViews views;
    private final AnjuProperties properties;
    private final Jurisdiction jurisdiction;

    HouseholdController(NamedParameterJdbcTemplate jdbc, HouseholdEditor editor, HouseholdViews views,
                        AnjuProperties properties, Jurisdiction jurisdiction) {
        this.jurisdiction = jurisdiction;
        this.jdbc = jdbc;
        this.editor = editor;
        this.views = views;
        this.properties = properties;
    }

    /** A page of households: {@code number_matched}, {@code number_returned}, {@code items}. */
    @GetMapping
    @Transactional(readOnly = true)
    Map<String, Object> list(@RequestParam MultiValueMap<String, String> params) {
        HouseholdQuery query = HouseholdQuery.from(params, properties.paging(), jurisdiction);
        MapSqlParameterSource countParams = new MapSqlParameterSource();
        long matched = jdbc.queryForObject(HouseholdSql.count(query, countParams), countParams, Long.class);
        MapSqlParameterSource pageParams = new MapSqlParameterSource();
        List<Map<String, Object>> items = views.ofHouse(jdbc.queryForList(HouseholdSql.page(query, pageParams), pageParams));
        Map<String, Object> page = new LinkedHashMap<>();
        page.put("number_matched", matched);
        page.put("number_returned", items.size());
        page.put("items", items);
        return page;
    }

    @GetMapping("/{code}")
    @Transactional(readOnly = true)
    Map<String, Object> one(@PathVariable String code) {
        MapSqlParameterSource params = new MapSqlParameterSource("code", code);
        List<Map<String, Object>> rows = jdbc.queryForList(
                HouseholdSql.one(jurisdiction.condition("hh.village_code", params)), params);
        if (rows.isEmpty()) {
            throw new NotFoundException("household", code);
        }
        return views.ofHouse(rows).get(0);
    }

    @PostMapping
    @Transactional
    ResponseEntity<Map<String, Object>> create(@RequestBody JsonNode body) {
        Household household = editor.create(HouseholdForm.read(body, false));
        URI location = ServletUriComponentsBuilder.fromCurrentContextPath().path("/api/households/{code}")
                .buildAndExpand(household.getCode()).toUri();
        return ResponseEntity.created(location).body(one(household.getCode()));
    }

    /** Replaces a household; the body must carry the {@code version} it was read with (else 409). */
    @PutMapping("/{code}")
    @Transactional
    Map<String, Object> update(@PathVariable String code, @RequestBody JsonNode body) {
        editor.update(code, HouseholdForm.read(body, true));
        return one(code);
    }

    @DeleteMapping("/{code}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable String code, @RequestParam(required = false) Integer version) {
        editor.delete(code, version);
    }
}

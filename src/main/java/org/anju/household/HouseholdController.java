package org.anju.household;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.anju.audit.AuditLog;
import org.anju.audit.RecordSnapshots;
import org.anju.security.Jurisdiction;
import org.anju.system.AnjuProperties;
import org.anju.system.NotFoundException;
import org.anju.system.ReadsQueryParameters;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.MultiValueMap;
import org.springframework.security.access.AccessDeniedException;
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
    private final AuditLog audit;
    private final RecordSnapshots snapshots;

    HouseholdController(NamedParameterJdbcTemplate jdbc, HouseholdEditor editor, HouseholdViews views,
                        AnjuProperties properties, Jurisdiction jurisdiction, AuditLog audit, RecordSnapshots snapshots) {
        this.jurisdiction = jurisdiction;
        this.audit = audit;
        this.snapshots = snapshots;
        this.jdbc = jdbc;
        this.editor = editor;
        this.views = views;
        this.properties = properties;
    }

    /** A page of households: {@code number_matched}, {@code number_returned}, {@code items}. */
    @ReadsQueryParameters(from = HouseholdQuery.class)
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

    /**
     * One household, masked; {@code unmasked=true} shows ID number and phone in full to county
     * administrators and staff (who need them, e.g. to pay a subsidy), and writes who saw them to the
     * audit log. Other roles get 403.
     */
    @GetMapping("/{code}")
    @Transactional(readOnly = true)
    Map<String, Object> one(@PathVariable String code, @RequestParam(defaultValue = "false") boolean unmasked) {
        if (unmasked && !jurisdiction.mayUnmaskPersonalData()) {
            throw new AccessDeniedException("unmasked personal data: county administrators and staff only");
        }
        MapSqlParameterSource params = new MapSqlParameterSource("code", code);
        List<Map<String, Object>> rows = jdbc.queryForList(
                HouseholdSql.one(jurisdiction.condition("hh.village_code", params)), params);
        if (rows.isEmpty()) {
            throw new NotFoundException("household", code);
        }
        if (!unmasked) {
            return views.ofHouse(rows).get(0);
        }
        audit.access("UNMASKED_VIEW", "household " + code, 1L, "id_number, phone");
        return views.ofHouseUnmasked(rows).get(0);
    }

    private Map<String, Object> one(String code) {
        return one(code, false);
    }

    @PostMapping
    @Transactional
    ResponseEntity<Map<String, Object>> create(@RequestBody JsonNode body) {
        Household household = editor.create(HouseholdForm.read(body, false));
        audit.change("HOUSEHOLD_CREATE", "household " + household.getCode(), null, snapshots.household(household.getCode()));
        URI location = ServletUriComponentsBuilder.fromCurrentContextPath().path("/api/households/{code}")
                .buildAndExpand(household.getCode()).toUri();
        return ResponseEntity.created(location).body(one(household.getCode()));
    }

    /** Replaces a household; the body must carry the {@code version} it was read with (else 409). */
    @PutMapping("/{code}")
    @Transactional
    Map<String, Object> update(@PathVariable String code, @RequestBody JsonNode body) {
        editor.lock(code);
        String before = snapshots.household(code);
        editor.update(code, HouseholdForm.read(body, true));
        String after = snapshots.household(code);
        if (!java.util.Objects.equals(before, after)) {
            audit.change("HOUSEHOLD_UPDATE", "household " + code, before, after);
        }
        return one(code);
    }

    @DeleteMapping("/{code}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Transactional
    void delete(@PathVariable String code, @RequestParam(required = false) Integer version) {
        editor.lock(code);
        String before = snapshots.household(code);
        editor.delete(code, version);
        audit.change("HOUSEHOLD_DELETE", "household " + code, before, null);
    }
}

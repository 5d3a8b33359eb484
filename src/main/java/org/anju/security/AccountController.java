package org.anju.security;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.anju.audit.AuditLog;
import org.anju.area.AdminCode;
import org.anju.system.FieldProblem;
import org.anju.system.InvalidInputException;
import org.anju.system.JsonFields;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/** Accounts, for the county administrator: {@code GET /api/accounts}, {@code POST /api/accounts}. */
@RestController
@RequestMapping("/api/accounts")
class AccountController {

    static final int MIN_PASSWORD = PasswordPolicy.MIN_LENGTH;

    private final Accounts accounts;
    private static final tools.jackson.databind.json.JsonMapper JSON = tools.jackson.databind.json.JsonMapper.builder().build();

    private final NamedParameterJdbcTemplate jdbc;
    private final AuditLog audit;

    private final LoginThrottle throttle;

    AccountController(Accounts accounts, NamedParameterJdbcTemplate jdbc, AuditLog audit, LoginThrottle throttle) {
        this.accounts = accounts;
        this.jdbc = jdbc;
        this.audit = audit;
        this.throttle = throttle;
    }

    /**
     * An administrator sets a new password for account {@code name}: body {@code {password}}; 204;
     * 404 when there is no such account; 422 when the password breaks {@link PasswordPolicy}. Audited
     * ({@code ACCOUNT_PASSWORD_RESET}, without the password); the account's failed-login count and
     * lock end, and so does every cached HTTP Basic verification of the old password.
     */
    @org.springframework.web.bind.annotation.PutMapping("/{name}/password")
    @org.springframework.transaction.annotation.Transactional
    ResponseEntity<Void> resetPassword(@org.springframework.web.bind.annotation.PathVariable String name,
            @RequestBody JsonNode body) {
        JsonFields fields = new JsonFields(body, "");
        String password = fields.text("password", true, 100);
        fields.rejectUnknown(List.of("password"));
        List<FieldProblem> problems = new ArrayList<>(fields.problems());
        if (password != null) {
            FieldProblem weak = PasswordPolicy.check("password", name, password);
            if (weak != null) {
                problems.add(weak);
            }
        }
        if (!problems.isEmpty()) {
            throw InvalidInputException.unprocessable(problems);
        }
        if (!accounts.setPassword(name, password)) {
            return ResponseEntity.notFound().build();
        }
        audit.event("ACCOUNT_PASSWORD_RESET", "account " + name, null, Map.of("username", name));
        throttle.clear(name);
        return ResponseEntity.noContent().build();
    }

    @GetMapping
    List<Map<String, Object>> list() {
        return jdbc.queryForList("""
                SELECT username, display_name, role, jurisdiction_code, enabled, created_at
                FROM account ORDER BY username""", Map.of());
    }

    /**
     * Body {@code {username, display_name, password, role, jurisdiction_code}}: 201; 409 when the
     * user name exists; 422 for a short password (fewer than 10 characters), an unknown role, or a
     * township/village role without a jurisdiction.
     */
    @PostMapping
    @org.springframework.transaction.annotation.Transactional
    ResponseEntity<Map<String, Object>> create(@RequestBody JsonNode body) {
        JsonFields fields = new JsonFields(body, "");
        String username = fields.text("username", true, 50);
        String displayName = fields.text("display_name", true, 100);
        String password = fields.text("password", true, 100);
        Role role = fields.enumValue("role", Role.class, true, null);
        String jurisdiction = fields.text("jurisdiction_code", false, 12);
        fields.rejectUnknown(List.of("username", "display_name", "password", "role", "jurisdiction_code"));
        List<FieldProblem> problems = new ArrayList<>(fields.problems());
        if (password != null && username != null) {
            FieldProblem weak = PasswordPolicy.check("password", username, password);
            if (weak != null) {
                problems.add(weak);
            }
        }
        if (jurisdiction != null && !AdminCode.isValid(jurisdiction)) {
            problems.add(new FieldProblem("jurisdiction_code", jurisdiction, "adminCode.form"));
        } else if (jurisdiction != null && !Boolean.TRUE.equals(jdbc.queryForObject(
                "SELECT COUNT(*) > 0 FROM admin_area WHERE code = :code", Map.of("code", jurisdiction), Boolean.class))) {
            problems.add(new FieldProblem("jurisdiction_code", jurisdiction, "inspection.area.unknown"));
        }
        if (jurisdiction == null && (role == Role.TOWNSHIP_STAFF || role == Role.VILLAGE_INSPECTOR)) {
            problems.add(new FieldProblem("jurisdiction_code", null, "field.required"));
        }
        if (!problems.isEmpty()) {
            throw InvalidInputException.unprocessable(problems);
        }
        if (Boolean.TRUE.equals(jdbc.queryForObject("SELECT COUNT(*) > 0 FROM account WHERE username = :u",
                Map.of("u", username), Boolean.class))) {
            throw InvalidInputException.conflict(new FieldProblem("username", username, "code.duplicate"));
        }
        accounts.create(username, displayName, password, role, jurisdiction);
        Map<String, Object> created = new java.util.LinkedHashMap<>();
        created.put("username", username);
        created.put("display_name", displayName);
        created.put("role", role.name());
        created.put("jurisdiction_code", jurisdiction);
        audit.change("ACCOUNT_CREATE", "account " + username, null, JSON.writeValueAsString(created));
        return ResponseEntity.created(URI.create("/api/accounts/" + username))
                .body(Map.of("username", username, "role", role.name(),
                        "jurisdiction_code", jurisdiction == null ? "" : jurisdiction));
    }
}

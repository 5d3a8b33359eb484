package org.anju.security;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.anju.audit.AuditLog;
import org.anju.system.FieldProblem;
import org.anju.system.InvalidInputException;
import org.anju.system.JsonFields;
import org.anju.system.NotFoundException;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Accounts, for the county administrator (the whole of {@code /api/accounts} is his, see
 * {@link SecurityConfig}): list, create, change role and jurisdiction, reset a password, disable and
 * enable. Every change is in the audit log, in its transaction. Accounts are not deleted (see
 * {@link AccountChange}).
 */
@RestController
@RequestMapping("/api/accounts")
class AccountController {

    static final int MIN_PASSWORD = PasswordPolicy.MIN_LENGTH;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Accounts accounts;
    private final AccountList list;
    private final AccountEnabling enabling;
    private final NamedParameterJdbcTemplate jdbc;
    private final AuditLog audit;
    private final LoginThrottle throttle;
    private final AccountChange change;
    private final RoleJurisdictionFit fit;

    AccountController(Accounts accounts, AccountList list, AccountEnabling enabling, NamedParameterJdbcTemplate jdbc,
            AuditLog audit, LoginThrottle throttle, AccountChange change, RoleJurisdictionFit fit) {
        this.accounts = accounts;
        this.list = list;
        this.enabling = enabling;
        this.jdbc = jdbc;
        this.audit = audit;
        this.throttle = throttle;
        this.change = change;
        this.fit = fit;
    }

    /**
     * An administrator sets a new password for account {@code name}: body {@code {password}}; 204;
     * 404 when there is no such account; 422 when the password breaks {@link PasswordPolicy}. Audited
     * ({@code ACCOUNT_PASSWORD_RESET}, without the password); the account's failed-login count and
     * lock end, and so does every cached HTTP Basic verification of the old password and every open
     * browser session of the account (at its next request).
     */
    @PutMapping("/{name}/password")
    @Transactional
    ResponseEntity<Void> resetPassword(@PathVariable String name, @RequestBody JsonNode body) {
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

    /**
     * Disables or enables account {@code name}: body {@code {enabled: true|false}}; 200 with the account
     * as listed. A disabled account cannot log in (form or HTTP Basic) and its open sessions end at
     * their next request. 404 for no such account; 422 when an administrator disables himself; 409
     * when it is the last enabled county administrator ({@link AccountEnabling}).
     */
    @PutMapping("/{name}/enabled")
    AccountRow setEnabled(@PathVariable String name, @RequestBody JsonNode body) {
        JsonFields fields = new JsonFields(body, "");
        if (!fields.has("enabled") || !fields.node("enabled").isBoolean()) {
            fields.problem("enabled", fields.has("enabled") ? fields.node("enabled").asString() : null,
                    fields.has("enabled") ? "field.notBoolean" : "field.required");
        }
        fields.rejectUnknown(List.of("enabled"));
        fields.throwIfInvalid();
        return enabling.set(name, fields.node("enabled").booleanValue());
    }

    /**
     * Changes account {@code name}: body {@code {display_name, role, jurisdiction_code}} (display name
     * optional: kept when absent; jurisdiction as for {@link #create}); 200 with the account as listed.
     * The account's open sessions end at their next request. 404 for no such account; 422 when role and
     * jurisdiction do not fit ({@link RoleJurisdictionFit}) or an administrator changes his own role;
     * 409 when the last enabled county administrator would lose the role ({@link AccountChange}).
     */
    @PutMapping("/{name}")
    AccountRow change(@PathVariable String name, @RequestBody JsonNode body) {
        JsonFields fields = new JsonFields(body, "");
        String displayName = fields.text("display_name", false, 100);
        Role role = fields.enumValue("role", Role.class, true, null);
        String jurisdiction = fields.text("jurisdiction_code", false, 12);
        fields.rejectUnknown(List.of("display_name", "role", "jurisdiction_code"));
        List<FieldProblem> problems = new ArrayList<>(fields.problems());
        problems.addAll(fit.problems(role, jurisdiction));
        if (!problems.isEmpty()) {
            throw InvalidInputException.unprocessable(problems);
        }
        String shownName = displayName != null ? displayName
                : list.one(name).map(AccountRow::displayName).orElseThrow(() -> new NotFoundException("account", name));
        return change.change(name, shownName, role, jurisdiction);
    }

    /** Every account ({@link AccountRow}), by user name: role and jurisdiction in words, last login. */
    @GetMapping
    @Transactional(readOnly = true)
    List<AccountRow> list() {
        return list.all();
    }

    /**
     * Body {@code {username, display_name, password, role, jurisdiction_code}}: 201; 409 when the
     * user name exists; 422 for a password the {@link PasswordPolicy} refuses, an unknown role, an
     * unknown area, a township or village role without a jurisdiction, or with one of the wrong level
     * (township staff: a township; village inspectors: a village — {@link Role#jurisdictionLevel}).
     */
    @PostMapping
    @Transactional
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
        problems.addAll(fit.problems(role, jurisdiction));
        if (!problems.isEmpty()) {
            throw InvalidInputException.unprocessable(problems);
        }
        if (Boolean.TRUE.equals(jdbc.queryForObject(AccountSql.EXISTS, Map.of("username", username), Boolean.class))) {
            throw InvalidInputException.conflict(new FieldProblem("username", username, "code.duplicate"));
        }
        accounts.create(username, displayName, password, role, jurisdiction);
        Map<String, Object> created = new LinkedHashMap<>();
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

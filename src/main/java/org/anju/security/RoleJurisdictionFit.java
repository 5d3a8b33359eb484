package org.anju.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.anju.area.AdminCode;
import org.anju.area.AreaLevel;
import org.anju.system.EnumLabels;
import org.anju.system.FieldProblem;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Whether an account's role and jurisdiction go together, for creating and for changing an account:
 * the jurisdiction must be a stored area of the level the role needs (township staff: a township;
 * village inspectors: a village — {@link Role#jurisdictionLevel}); roles that need one must have one.
 */
@Component
class RoleJurisdictionFit {

    private final NamedParameterJdbcTemplate jdbc;
    private final EnumLabels labels;

    RoleJurisdictionFit(NamedParameterJdbcTemplate jdbc, EnumLabels labels) {
        this.jdbc = jdbc;
        this.labels = labels;
    }

    /** What is wrong with {@code role} over {@code jurisdiction}, on field {@code jurisdiction_code}; empty when they fit. */
    List<FieldProblem> problems(Role role, String jurisdiction) {
        List<FieldProblem> problems = new ArrayList<>();
        if (jurisdiction != null && !AdminCode.isValid(jurisdiction)) {
            problems.add(new FieldProblem("jurisdiction_code", jurisdiction, "adminCode.form"));
        } else if (jurisdiction != null) {
            List<String> level = jdbc.queryForList(AccountSql.AREA_LEVEL, Map.of("code", jurisdiction), String.class);
            if (level.isEmpty()) {
                problems.add(new FieldProblem("jurisdiction_code", jurisdiction, "inspection.area.unknown"));
            } else if (role != null && role.jurisdictionLevel() != null
                    && !role.jurisdictionLevel().name().equals(level.get(0))) {
                problems.add(new FieldProblem("jurisdiction_code", jurisdiction, "account.jurisdictionLevel",
                        labels.of(role), labels.of(role.jurisdictionLevel()), labels.of(AreaLevel.class, level.get(0))));
            }
        }
        if (jurisdiction == null && role != null && role.jurisdictionLevel() != null) {
            problems.add(new FieldProblem("jurisdiction_code", null, "field.required"));
        }
        return problems;
    }
}

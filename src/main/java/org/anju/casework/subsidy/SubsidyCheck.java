package org.anju.casework.subsidy;

import java.util.List;

/**
 * One finding of the subsidy and eligibility checks.
 *
 * @param code     e.g. DOUBLE_BENEFIT; the message key is {@code casework.check.<code>}
 * @param severity what it means for the county approval
 * @param args     the message arguments (limits, values)
 */
public record SubsidyCheck(String code, Severity severity, List<Object> args) {

    public enum Severity {
        /** The case cannot be approved (COUNTY_APPROVE is refused with 422). */
        BLOCKING,
        /** 重点审核: approval needs a note saying what was reviewed. */
        REVIEW,
        /** For information. */
        INFO
    }

    public static SubsidyCheck of(String code, Severity severity, Object... args) {
        return new SubsidyCheck(code, severity, List.of(args));
    }
}

package org.anju.security;

import java.util.List;
import java.util.Optional;

import org.anju.area.AdminCode;
import org.anju.area.AreaScope;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The administrative area the current account may see and change, as SQL: every query that reads
 * houses or households adds {@link #condition} on its village-code column, so that a township
 * account cannot reach another township's records by any route. Outside a request (start-up
 * loading) there is no restriction.
 */
@Component
public class Jurisdiction {

    private static final Jurisdiction CURRENT = new Jurisdiction();

    /**
     * The jurisdiction of the request being served, for code that is not a Spring bean (it reads
     * the security context of the current thread, like the bean does).
     */
    public static Jurisdiction current() {
        return CURRENT;
    }

    /** The logged-in account, if any. */
    public Optional<AnjuUser> user() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getPrincipal() instanceof AnjuUser user ? Optional.of(user) : Optional.empty();
    }

    /** The jurisdiction code of the current account; empty when it may see every area. */
    public Optional<String> code() {
        return user().map(AnjuUser::jurisdictionCode);
    }

    /**
     * A condition limiting {@code villageColumn} (a 12-digit village code) to the current account's
     * jurisdiction, with its values bound in {@code params}; {@code TRUE} when unrestricted.
     */
    public String condition(String villageColumn, MapSqlParameterSource params) {
        return code().map(c -> AreaScope.villageIn(villageColumn, List.of(c), "jurisdiction", params)).orElse("TRUE");
    }

    /** Whether a village lies in the current account's jurisdiction. */
    public boolean covers(String villageCode) {
        return code().map(c -> {
            AdminCode area = new AdminCode(c);
            return villageCode.compareTo(area.firstVillage()) >= 0 && villageCode.compareTo(area.lastVillage()) <= 0;
        }).orElse(true);
    }

    /** Refuses (403) a change to a record of a village outside the jurisdiction, or by a read-only role. */
    public void requireEditable(String villageCode) {
        if (user().map(u -> !u.role().editsRecords()).orElse(false)) {
            throw new AccessDeniedException("role may not change records");
        }
        if (villageCode != null && !covers(villageCode)) {
            throw new AccessDeniedException("village " + villageCode + " is outside the jurisdiction");
        }
    }

    /** Whether the current account may see ID numbers and phones in full ({@link Role#unmasksPersonalData}). */
    public boolean mayUnmaskPersonalData() {
        return user().map(u -> u.role().unmasksPersonalData()).orElse(false);
    }

    /** Whether the current account may see households (names, masked ID numbers and phones). */
    public boolean seesPersonalData() {
        return user().map(u -> u.role().seesPersonalData()).orElse(true);
    }
}

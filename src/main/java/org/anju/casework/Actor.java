package org.anju.casework;

import java.security.Principal;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.core.Authentication;
import org.anju.security.AnjuUser;
import org.anju.system.FieldProblem;
import org.anju.system.InvalidInputException;

/**
 * Who does something to a case (recorded with every transition and upload): the logged-in account,
 * as "display name（user name）". Every casework route needs a login (see security.SecurityConfig),
 * so there is always one; a name sent by the client (the JSON field {@code actor}) is not trusted
 * and not recorded.
 */
public record Actor(String name) {

    static final int MAX_LENGTH = 100;

    /**
     * @param request  the HTTP request
     * @param sentName the {@code actor} field of the JSON body (ignored: the account acts)
     */
    public static Actor of(HttpServletRequest request, String sentName) {
        Principal principal = request.getUserPrincipal();
        if (principal == null || principal.getName() == null || principal.getName().isBlank()) {
            throw InvalidInputException.unprocessable(new FieldProblem("actor", null, "casework.actor.required"));
        }
        if (principal instanceof Authentication auth && auth.getPrincipal() instanceof AnjuUser user) {
            String name = user.displayName() + "（" + user.username() + "）";
            return new Actor(name.length() <= MAX_LENGTH ? name : user.username());
        }
        return new Actor(principal.getName());
    }
}

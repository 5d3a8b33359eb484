package org.anju.security;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.anju.audit.AuditLog;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Logins in the audit log (issue 15, ASVS 2): in the name of the account tried, with the client
 * address and the channel (form or HTTP Basic), never the password.
 * <ul>
 * <li>{@code LOGIN_FAILED} — every wrong password or unknown account name ({@code reason}
 * BAD_CREDENTIALS: the two are not told apart, as the answer does not tell them apart), every
 * disabled account (DISABLED);</li>
 * <li>{@code LOGIN_LOCKED} — once, when a failure starts a lock ({@code locked}: account, address);
 * the attempts refused while it lasts are not written one by one: they are answered 429 without a
 * password check, and an attacker hammering a locked account would otherwise fill the log;</li>
 * <li>{@code LOGIN} — every successful form login, and an HTTP Basic login that ends a streak of
 * failures ({@code after_failures}); other Basic requests are not logins but a script's calls, one
 * entry each would bury the log.</li>
 * </ul>
 */
@Component
class LoginAudit {

    private final AuditLog audit;

    LoginAudit(AuditLog audit) {
        this.audit = audit;
    }

    void failed(String username, String address, String reason) {
        audit.login("LOGIN_FAILED", username, detail(address, "reason", reason));
    }

    void locked(String username, String address, String what) {
        audit.login("LOGIN_LOCKED", username, detail(address, "locked", what));
    }

    /** A correct password by HTTP Basic after failures (a form login is written by {@link #formLogin}). */
    void succeededAfterFailures(String username, String address) {
        if (basic()) {
            audit.login("LOGIN", username, detail(address, "after_failures", true));
        }
    }

    @EventListener
    void formLogin(InteractiveAuthenticationSuccessEvent event) {
        String address = event.getAuthentication().getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress() : null;
        audit.login("LOGIN", event.getAuthentication().getName(), detail(address, null, null));
    }

    private static Map<String, Object> detail(String address, String key, Object value) {
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("address", address);
        detail.put("channel", basic() ? "basic" : "form");
        if (key != null) {
            detail.put(key, value);
        }
        return detail;
    }

    private static boolean basic() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            String authorization = request.getHeader("Authorization");
            return authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6);
        }
        return false;
    }
}

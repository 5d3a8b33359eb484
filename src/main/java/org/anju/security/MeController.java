package org.anju.security;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/me}: who is logged in, with which role and jurisdiction (for the page header). */
@RestController
class MeController {

    @GetMapping("/api/me")
    Map<String, Object> me(@AuthenticationPrincipal AnjuUser user) {
        Map<String, Object> me = new LinkedHashMap<>();
        me.put("username", user.username());
        me.put("display_name", user.displayName());
        me.put("role", user.role().name());
        me.put("jurisdiction_code", user.jurisdictionCode());
        me.put("sees_personal_data", user.role().seesPersonalData());
        return me;
    }
}

package org.anju.security;

import java.util.Map;

import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * The security headers of every answer (docs/SECURITY.md "Security headers"): written by Spring
 * Security for everything that reaches the application ({@link SecurityConfig}), and by
 * {@link TomcatErrorPageHeaders} for the errors Tomcat answers itself before any filter runs.
 */
final class SecurityHeaders {

    private SecurityHeaders() {
    }

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data: https:; "
            + "style-src 'self' 'unsafe-inline'; script-src 'self'; object-src 'none'; frame-ancestors 'none'";

    /**
     * No path or query (village codes, searched names) leaves the site; the origin does, so that
     * basemap keys bound to the site (天地图) and tile servers asking for a referrer keep working.
     */
    static final ReferrerPolicy REFERRER_POLICY = ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN;

    /** As Spring Security writes them on an answer that sets no caching of its own. */
    static final Map<String, String> ON_AN_ERROR = Map.of(
            "X-Content-Type-Options", "nosniff",
            "X-Frame-Options", "DENY",
            "Content-Security-Policy", CONTENT_SECURITY_POLICY,
            "Referrer-Policy", REFERRER_POLICY.getPolicy(),
            "Cache-Control", "no-cache, no-store, max-age=0, must-revalidate",
            "Pragma", "no-cache",
            "Expires", "0");
}

package org.anju.security;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfTokenRequestAttributeHandler;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Who may call what. The browser logs in with a form (session cookie; CSRF token from the
 * {@code XSRF-TOKEN} cookie sent back as {@code X-XSRF-TOKEN}; the session id changes at login);
 * API clients send HTTP Basic with every request (no cookie, so no CSRF). Without login an API call
 * gets 401, a page is redirected to the login page. Roles per route below; the jurisdiction is
 * enforced in the queries ({@link Jurisdiction}).
 */
@Configuration
class SecurityConfig {

    private static final String[] EDITORS = {"COUNTY_ADMIN", "COUNTY_STAFF", "TOWNSHIP_STAFF", "VILLAGE_INSPECTOR"};
    private static final String[] PERSONAL_DATA = {"COUNTY_ADMIN", "COUNTY_STAFF", "TOWNSHIP_STAFF",
            "VILLAGE_INSPECTOR", "EMERGENCY_TEAM"};

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }

    @Bean
    RecentlyVerifiedPasswords recentlyVerifiedPasswords(SecurityProperties properties) {
        return new RecentlyVerifiedPasswords(properties.verifiedPasswordLifetime(), java.time.Clock.systemUTC());
    }

    @Bean
    LoginThrottle loginThrottle(SecurityProperties properties) {
        return new LoginThrottle(properties.loginThrottle(), java.time.Clock.systemUTC());
    }

    @Bean
    PasswordCheck passwordCheck(Accounts accounts, PasswordEncoder passwords, RecentlyVerifiedPasswords recent,
            LoginThrottle throttle, LoginAudit audit) {
        return new PasswordCheck(accounts, passwords, recent, throttle, audit);
    }

    @Bean
    SecurityFilterChain filterChain(HttpSecurity http, MessageSource messages, LocaleResolver locales,
            org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate jdbc) throws Exception {
        DatabaseUnavailable databaseUnavailable = new DatabaseUnavailable(messages, locales);
        CsrfTokenRequestAttributeHandler plainToken = new CsrfTokenRequestAttributeHandler();
        plainToken.setCsrfRequestAttributeName(null);   // token read eagerly, cookie set on every page
        http
            .authorizeHttpRequests(auth -> auth
                .requestMatchers("/login.html", "/js/login.js", "/css/**", "/webjars/**", "/favicon.ico", "/favicon.svg", "/actuator/health", "/actuator/health/readiness", "/actuator/health/liveness",
                        "/error").permitAll()
                .requestMatchers("/api/accounts/**", "/api/audit/**").hasRole("COUNTY_ADMIN")
                // inspection tasks in the field: read, record results and photos within the jurisdiction
                // (InspectionCampaigns.taskScope); creating campaigns and assigning teams stays with the county
                .requestMatchers(HttpMethod.GET, "/api/inspections", "/api/inspections/**").hasAnyRole(EDITORS)
                .requestMatchers(HttpMethod.POST, "/api/inspections/*/tasks/*/result", "/api/inspections/*/tasks/*/photos")
                    .hasAnyRole(EDITORS)
                // conflicts of field results sent offline (issue 17): resolved by township and county staff
                // (village inspectors get 403 from casework.inspection.FieldResults)
                .requestMatchers(HttpMethod.POST, "/api/inspections/*/conflicts/*/resolution")
                    .hasAnyRole("COUNTY_ADMIN", "COUNTY_STAFF", "TOWNSHIP_STAFF")
                // the case ledger: county, township and village staff, each within its jurisdiction (in the SQL of
                // every case query, casework.CaseLedger#find); which steps each role takes: casework.CaseRoles.
                // Opening the missing cases of an area in bulk stays with the county
                .requestMatchers(HttpMethod.POST, "/api/cases/open-missing").hasAnyRole("COUNTY_ADMIN", "COUNTY_STAFF")
                .requestMatchers("/api/cases", "/api/cases/**").hasAnyRole(EDITORS)
                // the problem ledger (整改台账): county, township and village staff, each within its jurisdiction
                // (in the SQL of every problem query, problems.ProblemLedger#find); which steps each role takes:
                // problems.ProblemRoles. Importing an audit's finding list stays with the county
                .requestMatchers(HttpMethod.POST, "/api/problems/import").hasAnyRole("COUNTY_ADMIN", "COUNTY_STAFF")
                .requestMatchers("/api/problems", "/api/problems/**").hasAnyRole(EDITORS)
                // the monthly report forms are the county's (filled in for the city): an account whose jurisdiction
                // does not cover the whole county gets a 403 problem from casework.report.MonthlyReportController
                .requestMatchers("/api/reports/**").hasAnyRole(EDITORS)
                // creating campaigns and assigning teams: county staff
                .requestMatchers("/api/inspections/**").hasAnyRole("COUNTY_ADMIN", "COUNTY_STAFF")
                // imports: county staff; township staff import houses and households of their township (each row
                // checked against the jurisdiction, imports.RowJurisdiction); emergency teams import disaster
                // footprints only (imports.ImportLayer#allows)
                .requestMatchers("/api/imports/**").hasAnyRole("COUNTY_ADMIN", "COUNTY_STAFF", "TOWNSHIP_STAFF",
                        "EMERGENCY_TEAM")
                // records: changed by county, township and village staff (within their jurisdiction)
                .requestMatchers(HttpMethod.POST, "/api/houses/**", "/api/households/**").hasAnyRole(EDITORS)
                .requestMatchers(HttpMethod.PUT, "/api/houses/**", "/api/households/**").hasAnyRole(EDITORS)
                .requestMatchers(HttpMethod.DELETE, "/api/houses/**", "/api/households/**").hasAnyRole(EDITORS)
                // disasters and hazard data: county staff and emergency teams
                .requestMatchers(HttpMethod.POST, "/api/disasters/**", "/api/hazard-rasters/**")
                    .hasAnyRole("COUNTY_ADMIN", "COUNTY_STAFF", "EMERGENCY_TEAM")
                .requestMatchers(HttpMethod.DELETE, "/api/disasters/**", "/api/hazard-rasters/**")
                    .hasAnyRole("COUNTY_ADMIN", "COUNTY_STAFF")
                // archiving disaster events (PUT /api/disasters/{id}/archived): county staff, like deleting them
                .requestMatchers(HttpMethod.PUT, "/api/disasters/**").hasAnyRole("COUNTY_ADMIN", "COUNTY_STAFF")
                // personal data: not for planners
                .requestMatchers("/api/households/**", "/api/households.*", "/ogcapi/collections/households/**",
                        "/api/search", "/api/living-in-danger/**",
                        "/api/disasters/*/affected/targets*", "/api/retrofit/candidates/targets*")
                    .hasAnyRole(PERSONAL_DATA)
                .anyRequest().authenticated())
            .formLogin(form -> form.loginPage("/login.html").loginProcessingUrl("/login")
                .defaultSuccessUrl("/", false).failureHandler(databaseUnavailable.loginFailure()).permitAll())
            .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login.html?logout"))
            // a session of an account disabled since its login ends at its next request
            .addFilterAfter(new EnabledAccountSessions(jdbc, databaseUnavailable),
                    org.springframework.security.web.authentication.www.BasicAuthenticationFilter.class)
            .httpBasic(basic -> basic.authenticationEntryPoint(
                databaseUnavailable.orElse(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED))))
            .exceptionHandling(ex -> ex
                .defaultAuthenticationEntryPointFor(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED),
                        request -> request.getRequestURI().startsWith("/api/")
                                || request.getRequestURI().startsWith("/tiles/")
                                || request.getRequestURI().startsWith("/ogcapi")
                                || request.getRequestURI().startsWith("/v3/")))
            .csrf(csrf -> csrf
                .csrfTokenRepository(CookieCsrfTokenRepository.withHttpOnlyFalse())
                .csrfTokenRequestHandler(plainToken)
                // Only a session cookie can be abused by another site: requests that authenticate with a
                // header (API clients), or carry no session at all (they are refused with 401 anyway),
                // are not checked; the login form always is (login CSRF)
                .ignoringRequestMatchers(request -> request.getHeader("Authorization") != null
                        || (!"/login".equals(request.getServletPath()) && !hasSessionCookie(request))))
            .headers(headers -> headers
                // the same on every answer, errors Tomcat gives itself included (TomcatErrorPageHeaders)
                .contentSecurityPolicy(csp -> csp.policyDirectives(SecurityHeaders.CONTENT_SECURITY_POLICY))
                .frameOptions(frame -> frame.deny())
                .referrerPolicy(referrer -> referrer.policy(SecurityHeaders.REFERRER_POLICY)));
        return http.build();
    }

    private static boolean hasSessionCookie(jakarta.servlet.http.HttpServletRequest request) {
        jakarta.servlet.http.Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (jakarta.servlet.http.Cookie cookie : cookies) {
                if ("JSESSIONID".equals(cookie.getName())) {
                    return true;
                }
            }
        }
        return false;
    }
}

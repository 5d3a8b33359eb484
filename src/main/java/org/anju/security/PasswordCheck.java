package org.anju.security;

import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Spring Security's user/password check (account read, bcrypt compared, then a disabled account refused),
 * with bcrypt skipped when the same password matched the same hash a moment ago
 * ({@link RecentlyVerifiedPasswords}). Form login and HTTP Basic both come through here.
 */
class PasswordCheck extends DaoAuthenticationProvider {

    private final RecentlyVerifiedPasswords recent;
    private final LoginThrottle throttle;
    private final LoginAudit audit;

    PasswordCheck(UserDetailsService accounts, PasswordEncoder passwords, RecentlyVerifiedPasswords recent,
            LoginThrottle throttle, LoginAudit audit) {
        super(accounts);
        setPasswordEncoder(passwords);
        // a disabled account is told so only after its correct password (DisabledException, the login
        // form then says 账户已停用); before it, a wrong password is just a wrong password — otherwise
        // the answer would tell anyone which names are disabled accounts, without any password
        setPreAuthenticationChecks(account -> { });
        setPostAuthenticationChecks(account -> {
            if (!account.isEnabled()) {
                throw new DisabledException("account disabled");
            }
        });
        this.recent = recent;
        this.throttle = throttle;
        this.audit = audit;
    }

    /**
     * Refuses the attempt without looking at the password while the account or the client address is
     * locked ({@link LoginThrottle}); counts a wrong password or unknown user name; a correct one
     * clears the account's count.
     */
    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String username = authentication.getName();
        String address = authentication.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress() : null;
        if (!throttle.enabled()) {
            return audited(authentication, username, address);
        }
        LoginThrottle.Lock lock = throttle.lockFor(username, address);
        if (lock != null) {
            throw new LoginThrottled(lock.retryAfterSeconds(java.time.Instant.now()));
        }
        try {
            Authentication done = audited(authentication, username, address);
            if (throttle.succeeded(username)) {
                audit.succeededAfterFailures(username, address);
            }
            return done;
        } catch (BadCredentialsException e) {
            String locked = throttle.failed(username, address);
            if (locked != null) {
                audit.locked(username, address, locked);
            }
            throw e;
        }
    }

    /** The check itself, with its refusals in the audit log ({@link LoginAudit}). */
    private Authentication audited(Authentication authentication, String username, String address) {
        try {
            return super.authenticate(authentication);
        } catch (BadCredentialsException e) {
            audit.failed(username, address, "BAD_CREDENTIALS");
            throw e;
        } catch (DisabledException e) {
            audit.failed(username, address, "DISABLED");
            throw e;
        }
    }

    @Override
    protected void additionalAuthenticationChecks(UserDetails account, UsernamePasswordAuthenticationToken login)
            throws AuthenticationException {
        if (login.getCredentials() == null) {
            throw new BadCredentialsException("no password");
        }
        String password = login.getCredentials().toString();
        if (recent.contains(account.getUsername(), account.getPassword(), password)) {
            return;
        }
        super.additionalAuthenticationChecks(account, login);
        recent.remember(account.getUsername(), account.getPassword(), password);
    }
}

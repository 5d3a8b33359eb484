package org.anju.security;

import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Spring Security's user/password check (account read, disabled/locked refused, bcrypt compared),
 * with bcrypt skipped when the same password matched the same hash a moment ago
 * ({@link RecentlyVerifiedPasswords}). Form login and HTTP Basic both come through here.
 */
class PasswordCheck extends DaoAuthenticationProvider {

    private final RecentlyVerifiedPasswords recent;
    private final LoginThrottle throttle;

    PasswordCheck(UserDetailsService accounts, PasswordEncoder passwords, RecentlyVerifiedPasswords recent,
            LoginThrottle throttle) {
        super(accounts);
        setPasswordEncoder(passwords);
        this.recent = recent;
        this.throttle = throttle;
    }

    /**
     * Refuses the attempt without looking at the password while the account or the client address is
     * locked ({@link LoginThrottle}); counts a wrong password or unknown user name; a correct one
     * clears the account's count.
     */
    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        if (!throttle.enabled()) {
            return super.authenticate(authentication);
        }
        String username = authentication.getName();
        String address = authentication.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress() : null;
        LoginThrottle.Lock lock = throttle.lockFor(username, address);
        if (lock != null) {
            throw new LoginThrottled(lock.retryAfterSeconds(java.time.Instant.now()));
        }
        try {
            Authentication done = super.authenticate(authentication);
            throttle.succeeded(username);
            return done;
        } catch (BadCredentialsException e) {
            throttle.failed(username, address);
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

package org.anju.security;

import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Spring Security's user/password check (account read, disabled/locked refused, bcrypt compared),
 * with bcrypt skipped when the same password matched the same hash a moment ago
 * ({@link RecentlyVerifiedPasswords}). Form login and HTTP Basic both come through here.
 */
class PasswordCheck extends DaoAuthenticationProvider {

    private final RecentlyVerifiedPasswords recent;

    PasswordCheck(UserDetailsService accounts, PasswordEncoder passwords, RecentlyVerifiedPasswords recent) {
        super(accounts);
        setPasswordEncoder(passwords);
        this.recent = recent;
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

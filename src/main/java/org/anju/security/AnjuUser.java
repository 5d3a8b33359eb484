package org.anju.security;

import java.util.Collection;
import java.util.List;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * A logged-in account: its role and jurisdiction ({@code null} = every area) travel with the
 * session, so that queries can be restricted without another look-up. {@code version} is the
 * account row's version when it was read: a session whose account has changed since (password reset,
 * role or jurisdiction changed, disabled) ends at its next request ({@link EnabledAccountSessions}).
 */
public record AnjuUser(String username, String displayName, String passwordHash, Role role, String jurisdictionCode,
                       boolean enabled, long version) implements UserDetails {

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority(role.authority()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public String toString() {
        return username + " (" + role + ", " + (jurisdictionCode == null ? "all areas" : jurisdictionCode) + ")";
    }
}

package org.anju.security;

import java.security.SecureRandom;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * First start: when there is no account, creates the county administrator {@code admin} with the
 * password from {@code ANJU_ADMIN_PASSWORD} ({@code anju.security.admin-password}), or with a
 * generated one printed once to the log. There is no default password.
 */
@Component
@Order(0)
class BootstrapAdmin implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(BootstrapAdmin.class);
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";

    private final Accounts accounts;
    private final SecurityProperties properties;

    BootstrapAdmin(Accounts accounts, SecurityProperties properties) {
        this.accounts = accounts;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!accounts.none()) {
            return;
        }
        String given = properties.adminPassword();
        String password = given == null || given.isBlank() ? generated(new SecureRandom()) : given;
        String weak = PasswordPolicy.reason("admin", password);
        if (weak != null) {
            throw new IllegalStateException("ANJU_ADMIN_PASSWORD is refused by the password policy (" + weak
                    + "): at least " + PasswordPolicy.MIN_LENGTH
                    + " characters, not a common password, not containing the user name 'admin'");
        }
        accounts.create("admin", "县级管理员", password, Role.COUNTY_ADMIN, null);
        if (given == null || given.isBlank()) {
            log.warn("""

                    ==============================================================
                     First start: created the administrator account
                       user: admin
                       password: {}
                     It is shown only this once. Log in and create the other accounts.
                    ==============================================================""", password);
        } else {
            log.info("First start: created the administrator account 'admin' with the password from ANJU_ADMIN_PASSWORD");
        }
    }

    /**
     * 16 random characters, drawn again until the password policy accepts them (a tiny but real
     * chance of containing "admin", which would otherwise stop the first start).
     */
    static String generated(java.util.random.RandomGenerator random) {
        while (true) {
            StringBuilder password = new StringBuilder();
            for (int i = 0; i < 16; i++) {
                password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            if (PasswordPolicy.reason("admin", password.toString()) == null) {
                return password.toString();
            }
        }
    }
}

package com.tradesense.identity.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.UUID;

import com.tradesense.identity.Role;
import com.tradesense.identity.UserId;
import com.tradesense.platform.PlatformProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates the first administrator from {@code TRADESENSE_ADMIN_EMAIL}/{@code TRADESENSE_ADMIN_PASSWORD}, and in
 * development mode a demo member, on every start and without duplicates. An existing account keeps its password.
 */
@Component
class AccountBootstrap implements ApplicationRunner {

    static final String DEMO_EMAIL = "demo@tradesense.local";
    static final String DEMO_PASSWORD = "Demo!Trader2026";

    private static final Logger log = LoggerFactory.getLogger(AccountBootstrap.class);

    private final UserRepository users;
    private final PasswordEncoder passwords;
    private final IdentityProperties properties;
    private final PlatformProperties platform;
    private final Clock clock;

    AccountBootstrap(UserRepository users, PasswordEncoder passwords, IdentityProperties properties,
            PlatformProperties platform, Clock clock) {
        this.users = users;
        this.passwords = passwords;
        this.properties = properties;
        this.platform = platform;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (hasText(properties.adminEmail()) && hasText(properties.adminPassword())) {
            ensureAccount(properties.adminEmail(), properties.adminPassword(), "Administrator",
                    EnumSet.of(Role.USER, Role.ADMIN, Role.SUPER_ADMIN));
        }
        if (!platform.production() && properties.demoMember()) {
            ensureAccount(DEMO_EMAIL, DEMO_PASSWORD, "Demo Trader", EnumSet.of(Role.USER));
        }
    }

    private void ensureAccount(String email, String password, String name, EnumSet<Role> roles) {
        String normalised = Emails.normalise(email);
        Instant now = clock.instant();
        User existing = users.findByEmail(normalised).orElse(null);
        if (existing == null) {
            User created = new User(new UserId(UUID.randomUUID()), normalised, passwords.encode(password), name,
                    roles, "en", now, now);
            // Another node starting at the same moment may win the insert; either way the account exists once.
            if (users.insertIfEmailFree(created)) {
                log.info("Created {} account {}", roles.contains(Role.ADMIN) ? "administrator" : "demo",
                        Emails.masked(normalised));
            }
            return;
        }
        if (!existing.roles().containsAll(roles)) {
            EnumSet<Role> merged = EnumSet.copyOf(existing.roles());
            merged.addAll(roles);
            users.updateRoles(existing.id(), merged, now);
            log.info("Granted {} to existing account {}", roles, Emails.masked(normalised));
        }
    }

    private static boolean hasText(String value) {
        return value != null && !value.isBlank();
    }
}

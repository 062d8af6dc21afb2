package com.tradesense.identity.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Identity settings.
 *
 * @param accessTokenTtl       lifetime of a signed access token
 * @param refreshTokenTtl      a login stays alive this long after its last use
 * @param refreshReuseGrace    a spent refresh token presented again this soon after its use is a client that lost
 *                             the response (reload, flaky network), not a thief: it gets a fresh pair and the lost
 *                             one is retired. Later reuse revokes the login.
 * @param verificationTtl      how long an email-verification link works
 * @param passwordResetTtl     how long a password-reset link works
 * @param loginFailureLimit    failed sign-ins allowed per account and per IP within {@code loginFailureWindow}
 * @param loginFailureWindow   the window of that limit; reaching it locks further attempts until it refills
 * @param adminEmail           first administrator, created at start-up when set together with the password
 * @param adminPassword        its password (used only when the account is first created)
 * @param demoMember           seed demo@tradesense.local in development mode
 */
@ConfigurationProperties("tradesense.identity")
record IdentityProperties(
        @DefaultValue("15m") Duration accessTokenTtl,
        @DefaultValue("30d") Duration refreshTokenTtl,
        @DefaultValue("10s") Duration refreshReuseGrace,
        @DefaultValue("24h") Duration verificationTtl,
        @DefaultValue("1h") Duration passwordResetTtl,
        @DefaultValue("5") int loginFailureLimit,
        @DefaultValue("15m") Duration loginFailureWindow,
        String adminEmail,
        String adminPassword,
        @DefaultValue("true") boolean demoMember) {
}

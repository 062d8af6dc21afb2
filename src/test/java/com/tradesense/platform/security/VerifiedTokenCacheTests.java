package com.tradesense.platform.security;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidationException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class VerifiedTokenCacheTests {

    private final AtomicInteger verifications = new AtomicInteger();
    private final AtomicInteger validations = new AtomicInteger();
    private final AtomicBoolean revoked = new AtomicBoolean();

    private final JwtDecoder verifier = token -> {
        verifications.incrementAndGet();
        if (token.startsWith("forged")) {
            throw new BadJwtException("bad signature");
        }
        return Jwt.withTokenValue(token).header("alg", "HS256").subject("member").issuedAt(Instant.EPOCH)
                .expiresAt(Instant.EPOCH.plusSeconds(60)).build();
    };

    private final OAuth2TokenValidator<Jwt> validator = jwt -> {
        validations.incrementAndGet();
        return revoked.get() ? OAuth2TokenValidatorResult.failure(new OAuth2Error("invalid_token",
                "session was revoked", null)) : OAuth2TokenValidatorResult.success();
    };

    private final VerifiedTokenCache decoder = new VerifiedTokenCache(verifier, validator, 100,
            Duration.ofMinutes(5));

    @Test
    void verifiesATokenOnceAndValidatesItOnEveryUse() {
        assertThat(decoder.decode("token-a").getSubject()).isEqualTo("member");
        assertThat(decoder.decode("token-a").getSubject()).isEqualTo("member");

        assertThat(verifications).hasValue(1);
        assertThat(validations).hasValue(2);
    }

    @Test
    void refusesAKeptTokenOnceItsSessionIsRevoked() {
        decoder.decode("token-a");
        revoked.set(true);

        assertThatThrownBy(() -> decoder.decode("token-a")).isInstanceOf(JwtValidationException.class)
                .hasMessageContaining("session was revoked");
    }

    @Test
    void checksAForgedTokenEveryTimeItIsSent() {
        assertThatThrownBy(() -> decoder.decode("forged")).isInstanceOf(BadJwtException.class);
        assertThatThrownBy(() -> decoder.decode("forged")).isInstanceOf(BadJwtException.class);

        assertThat(verifications).hasValue(2);
    }
}

package com.tradesense.identity.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.UUID;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Component;

/**
 * Refuses access tokens whose login was revoked (sign-out, "revoke this device", password reset, token theft), so
 * revocation takes effect at once on this node and within {@link #RECHECK} on the others, rather than when the
 * token expires.
 */
@Component
class ActiveSessionValidator implements OAuth2TokenValidator<Jwt> {

    static final Duration RECHECK = Duration.ofSeconds(30);

    private final SessionStore sessions;
    private final Clock clock;
    private final Cache<UUID, Boolean> active = Caffeine.newBuilder().expireAfterWrite(RECHECK)
            .maximumSize(200_000).build();

    ActiveSessionValidator(SessionStore sessions, Clock clock) {
        this.sessions = sessions;
        this.clock = clock;
    }

    @Override
    public OAuth2TokenValidatorResult validate(Jwt token) {
        String sid = token.getClaimAsString(AccessTokens.SESSION_CLAIM);
        if (sid == null) {
            return failure("token has no session");
        }
        UUID sessionId;
        try {
            sessionId = UUID.fromString(sid);
        } catch (IllegalArgumentException ex) {
            return failure("token has a malformed session");
        }
        boolean isActive = active.get(sessionId, id -> sessions.isActive(id, clock.instant()));
        return isActive ? OAuth2TokenValidatorResult.success() : failure("session was revoked");
    }

    void forget(UUID sessionId) {
        active.invalidate(sessionId);
    }

    private static OAuth2TokenValidatorResult failure(String description) {
        return OAuth2TokenValidatorResult.failure(new OAuth2Error("invalid_token", description, null));
    }
}

package com.tradesense.identity.internal;

import java.time.Instant;
import java.util.UUID;

import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.stereotype.Component;

/** Signs short-lived access tokens: subject = user id, {@code sid} = the login, {@code roles} = what it may do. */
@Component
class AccessTokens {

    static final String SESSION_CLAIM = "sid";

    private final JwtEncoder encoder;
    private final IdentityProperties properties;
    private final String issuer;

    AccessTokens(JwtEncoder encoder, IdentityProperties properties,
            @org.springframework.beans.factory.annotation.Value("${tradesense.security.issuer:tradesense}") String issuer) {
        this.encoder = encoder;
        this.properties = properties;
        this.issuer = issuer;
    }

    String issue(User user, UUID sessionId, Instant now) {
        JwtClaimsSet claims = JwtClaimsSet.builder()
                .issuer(issuer)
                .subject(user.id().toString())
                .issuedAt(now)
                .expiresAt(now.plus(properties.accessTokenTtl()))
                .id(UUID.randomUUID().toString())
                .claim(SESSION_CLAIM, sessionId.toString())
                .claim("email", user.email())
                .claim("roles", user.roles().stream().sorted().map(Enum::name).toList())
                .build();
        JwsHeader header = JwsHeader.with(MacAlgorithm.HS256).build();
        return encoder.encode(JwtEncoderParameters.from(header, claims)).getTokenValue();
    }

    long expiresInSeconds() {
        return properties.accessTokenTtl().toSeconds();
    }
}

package com.tradesense.platform.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

import com.nimbusds.jose.jwk.source.ImmutableSecret;
import com.tradesense.platform.PlatformProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

/**
 * HS256 access tokens. Modules may contribute extra {@link OAuth2TokenValidator}s (identity rejects tokens of
 * revoked sessions); they run after the signature, expiry and issuer checks.
 */
@Configuration(proxyBeanMethods = false)
class JwtConfiguration {

    private static final Logger log = LoggerFactory.getLogger(JwtConfiguration.class);
    private static final int MIN_KEY_BYTES = 32;
    /** Signed-in clients whose token's signature is remembered; a few kilobytes each. */
    private static final int VERIFIED_TOKENS = 10_000;
    private static final Duration VERIFIED_TOKEN_KEEP = Duration.ofMinutes(5);

    @Bean
    SecretKey jwtSigningKey(TokenProperties tokens, PlatformProperties platform) throws IOException {
        byte[] key;
        if (tokens.jwtSecret() != null && !tokens.jwtSecret().isBlank()) {
            key = decode(tokens.jwtSecret().trim());
        } else if (platform.production()) {
            throw new IllegalStateException("TRADESENSE_JWT_SECRET must be set in production mode");
        } else {
            key = generatedKey(platform.dataDir().resolve("jwt-secret"));
        }
        if (key.length < MIN_KEY_BYTES) {
            throw new IllegalStateException("TRADESENSE_JWT_SECRET must be at least " + MIN_KEY_BYTES + " bytes");
        }
        return new SecretKeySpec(key, "HmacSHA256");
    }

    @Bean
    JwtEncoder jwtEncoder(SecretKey jwtSigningKey) {
        return new NimbusJwtEncoder(new ImmutableSecret<>(jwtSigningKey));
    }

    @Bean
    JwtDecoder jwtDecoder(SecretKey jwtSigningKey, TokenProperties tokens,
            List<OAuth2TokenValidator<Jwt>> moduleValidators) {
        NimbusJwtDecoder verifier = NimbusJwtDecoder.withSecretKey(jwtSigningKey).macAlgorithm(MacAlgorithm.HS256)
                .build();
        verifier.setJwtValidator(jwt -> OAuth2TokenValidatorResult.success()); // validated on every use below
        List<OAuth2TokenValidator<Jwt>> validators = new ArrayList<>();
        validators.add(JwtValidators.createDefaultWithIssuer(tokens.issuer()));
        validators.addAll(moduleValidators);
        return new VerifiedTokenCache(verifier, new DelegatingOAuth2TokenValidator<>(validators), VERIFIED_TOKENS,
                VERIFIED_TOKEN_KEEP);
    }

    private static byte[] decode(String secret) {
        try {
            byte[] decoded = Base64.getDecoder().decode(secret);
            if (decoded.length >= MIN_KEY_BYTES) {
                return decoded;
            }
        } catch (IllegalArgumentException notBase64) {
            // fall through: a long random passphrase is fine as raw bytes
        }
        return secret.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] generatedKey(Path file) throws IOException {
        if (Files.exists(file)) {
            return Base64.getDecoder().decode(Files.readString(file).trim());
        }
        byte[] key = new byte[MIN_KEY_BYTES];
        new SecureRandom().nextBytes(key);
        Files.createDirectories(file.getParent());
        Files.writeString(file, Base64.getEncoder().encodeToString(key));
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            log.debug("File system without POSIX permissions; {} keeps default permissions", file);
        }
        log.info("Generated a JWT signing key in {} (set TRADESENSE_JWT_SECRET to share one across nodes)", file);
        return key;
    }
}

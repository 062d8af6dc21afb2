package com.tradesense.platform.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Signing of access tokens.
 *
 * @param jwtSecret HMAC-SHA256 key, at least 32 bytes (raw text or base64). Every node of a deployment needs the
 *                  same one. When unset, a random key is generated once and kept in the data directory
 *                  (refused in production mode).
 * @param issuer    the {@code iss} claim written and required
 */
@ConfigurationProperties("tradesense.security")
record TokenProperties(String jwtSecret, @DefaultValue("tradesense") String issuer) {
}

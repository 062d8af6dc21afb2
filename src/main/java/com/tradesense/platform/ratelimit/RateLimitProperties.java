package com.tradesense.platform.ratelimit;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Per-route-group API limits. Groups are tried in declaration order; the first whose path pattern matches governs
 * the request. Authenticated callers are limited per user, anonymous ones per IP address.
 *
 * @param enabled switch for the HTTP limits (login lockout is always on)
 * @param groups  named groups of path patterns with their budget
 */
@ConfigurationProperties("tradesense.rate-limit")
record RateLimitProperties(@DefaultValue("true") boolean enabled, Map<String, Group> groups) {

    RateLimitProperties {
        groups = groups == null ? new LinkedHashMap<>() : new LinkedHashMap<>(groups);
    }

    record Group(List<String> paths, long capacity, Duration period) {
    }
}

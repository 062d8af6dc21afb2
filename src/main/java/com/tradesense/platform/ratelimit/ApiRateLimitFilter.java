package com.tradesense.platform.ratelimit;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.tradesense.platform.RateLimitResult;
import com.tradesense.platform.RateLimitRule;
import com.tradesense.platform.RateLimiter;
import com.tradesense.platform.web.ProblemResponses;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.PathContainer;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Applies the per-route-group budgets of {@link RateLimitProperties}. Runs after Spring Security so it can key
 * authenticated requests by user (one user behind a shared IP is not punished for the others).
 */
class ApiRateLimitFilter extends OncePerRequestFilter {

    private record CompiledGroup(String name, List<PathPattern> patterns, RateLimitRule rule) {
    }

    private final RateLimiter limiter;
    private final ProblemResponses problems;
    private final List<CompiledGroup> groups = new ArrayList<>();

    ApiRateLimitFilter(RateLimiter limiter, ProblemResponses problems, RateLimitProperties properties) {
        this.limiter = limiter;
        this.problems = problems;
        for (Map.Entry<String, RateLimitProperties.Group> entry : properties.groups().entrySet()) {
            RateLimitProperties.Group group = entry.getValue();
            List<PathPattern> patterns = group.paths().stream().map(PathPatternParser.defaultInstance::parse)
                    .toList();
            groups.add(new CompiledGroup(entry.getKey(), patterns,
                    new RateLimitRule(group.capacity(), group.period())));
        }
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith("/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        CompiledGroup group = groupOf(request.getRequestURI());
        if (group == null) {
            chain.doFilter(request, response);
            return;
        }
        RateLimitResult result = limiter.tryConsume(group.name() + ":" + callerKey(request), group.rule());
        response.setHeader("X-RateLimit-Limit", Long.toString(group.rule().capacity()));
        response.setHeader("X-RateLimit-Remaining", Long.toString(result.remaining()));
        if (!result.allowed()) {
            long seconds = Math.max(1, (result.retryAfter().toMillis() + 999) / 1000);
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
            problems.write(request, response, 429, "RATE_LIMITED",
                    "Too many requests. Try again in " + seconds + " seconds.");
            return;
        }
        chain.doFilter(request, response);
    }

    private CompiledGroup groupOf(String uri) {
        PathContainer path = PathContainer.parsePath(uri);
        for (CompiledGroup group : groups) {
            for (PathPattern pattern : group.patterns()) {
                if (pattern.matches(path)) {
                    return group;
                }
            }
        }
        return null;
    }

    private static String callerKey(HttpServletRequest request) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication instanceof JwtAuthenticationToken jwt) {
            return "user:" + jwt.getName();
        }
        return "ip:" + request.getRemoteAddr();
    }
}

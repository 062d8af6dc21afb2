package com.tradesense.platform.security;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;
import org.springframework.web.filter.OncePerRequestFilter;

import com.tradesense.platform.web.ProblemResponses;

/**
 * Short-lived stream tickets for the browser's EventSource and WebSocket, which cannot send an Authorization header.
 * A ticket is an access token of the same user and session with audience {@code stream} and a one-minute life, taken
 * from the {@code ticket} query parameter on stream endpoints only; it opens streams and nothing else, and an ordinary
 * access token is never accepted in a URL (it would outlive the URL in logs and histories).
 */
final class StreamTickets {

    static final String AUDIENCE = "stream";
    static final String PARAMETER = "ticket";
    static final Duration LIFETIME = Duration.ofSeconds(60);
    private static final String FROM_QUERY = StreamTickets.class.getName() + ".fromQuery";

    private StreamTickets() {
    }

    /** Stream endpoints: GETs of {@code /api/v1/.../stream} (SSE) and the WebSocket handshakes under {@code /ws/}. */
    static boolean isStreamEndpoint(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return "GET".equals(request.getMethod())
                && ((path.startsWith("/api/v1/") && path.endsWith("/stream")) || path.startsWith("/ws/"));
    }

    /** A ticket for the holder of {@code accessToken}: same subject, roles and session, one minute. */
    static Ticket issue(JwtEncoder encoder, Jwt accessToken, String issuer, Clock clock) {
        Instant now = clock.instant();
        Instant expires = now.plus(LIFETIME);
        JwtClaimsSet.Builder claims = JwtClaimsSet.builder().issuer(issuer).subject(accessToken.getSubject())
                .audience(List.of(AUDIENCE)).issuedAt(now).expiresAt(expires);
        accessToken.getClaims().forEach((name, value) -> {
            if (!List.of("iss", "sub", "aud", "iat", "exp", "nbf", "jti").contains(name)) {
                claims.claim(name, value);
            }
        });
        String token = encoder.encode(JwtEncoderParameters.from(JwsHeader.with(MacAlgorithm.HS256).build(),
                claims.build())).getTokenValue();
        return new Ticket(token, expires);
    }

    record Ticket(String ticket, Instant expiresAt) {
    }

    /** Header first; the {@code ticket} parameter only on stream endpoints. */
    static BearerTokenResolver resolver() {
        return request -> {
            String token = BearerTokenHeader.token(request);
            if (token == null && isStreamEndpoint(request)) {
                token = request.getParameter(PARAMETER);
                if (token != null) {
                    request.setAttribute(FROM_QUERY, Boolean.TRUE);
                }
            }
            return token;
        };
    }

    /** Keeps tickets and access tokens to their places once the token is verified. */
    static final class AudienceFilter extends OncePerRequestFilter {

        private final ProblemResponses problems;

        AudienceFilter(ProblemResponses problems) {
            this.problems = problems;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
            if (authentication instanceof JwtAuthenticationToken jwt) {
                boolean ticket = jwt.getToken().getAudience() != null
                        && jwt.getToken().getAudience().contains(AUDIENCE);
                boolean fromQuery = request.getAttribute(FROM_QUERY) != null;
                if (fromQuery && !ticket) {
                    problems.write(request, response, 401, "TICKET_REQUIRED",
                            "Only a stream ticket (POST /api/v1/stream-tickets) may be passed in the URL.");
                    return;
                }
                if (ticket && !isStreamEndpoint(request)) {
                    problems.write(request, response, 401, "UNAUTHENTICATED",
                            "A stream ticket opens streams only; use the access token.");
                    return;
                }
            }
            chain.doFilter(request, response);
        }
    }
}

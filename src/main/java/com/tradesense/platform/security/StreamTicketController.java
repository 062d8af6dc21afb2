package com.tradesense.platform.security;

import java.time.Clock;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Authentication")
class StreamTicketController {

    private final JwtEncoder encoder;
    private final TokenProperties tokens;
    private final Clock clock;

    StreamTicketController(JwtEncoder encoder, TokenProperties tokens, Clock clock) {
        this.encoder = encoder;
        this.tokens = tokens;
        this.clock = clock;
    }

    @PostMapping("/api/v1/stream-tickets")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "A one-minute ticket to open live streams", description = """
            For clients that cannot send an Authorization header (the browser's EventSource and WebSocket): pass it \
            as `?ticket=` to GET /api/v1/.../stream endpoints or /ws/market. It is valid for 60 seconds (for opening \
            and reconnecting, not for the life of the stream), only on stream endpoints, and dies with the session \
            it was issued for.""")
    StreamTickets.Ticket issue(@AuthenticationPrincipal Jwt accessToken) {
        return StreamTickets.issue(encoder, accessToken, tokens.issuer(), clock);
    }
}

package com.tradesense.marketdata.live;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;

import com.tradesense.platform.ApiException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/market/stream")
@Tag(name = "Market data")
class StreamController {

    private final StreamHub hub;
    private final StreamProperties properties;

    StreamController(StreamHub hub, StreamProperties properties) {
        this.hub = hub;
        this.properties = properties;
    }

    @GetMapping(produces = "text/event-stream")
    @Operation(summary = "Live quotes and bars (Server-Sent Events)", description = """
            Events: `quote` (the same fields as GET /market/quote plus `serverTime`), `bar` (the forming 1-minute \
            bar `{symbol, interval, t, o, h, l, c, v, complete: false}`, and each completed minute once with \
            `complete: true`) and `status` (the exchange's session when the stream opens and whenever it changes). \
            Every event has an `id`; reconnecting with `Last-Event-ID` (EventSource does it by itself) or \
            `lastEventId` resumes without repeating what was received. A comment line is sent every 15 s when idle. \
            On connect the newest quote and forming bar of each symbol are sent at once.

            Authentication: a bearer token, or for the browser's EventSource (which cannot send headers) a \
            `ticket` query parameter from POST /api/v1/stream-tickets. A slow client receives only the newest quote \
            and forming bar of each symbol; one that cannot keep up even so is disconnected. 400 UNKNOWN_SYMBOL or \
            TOO_MANY_SYMBOLS (symbols); 429 TOO_MANY_STREAMS.""")
    @ApiResponse(responseCode = "200", description = "The event stream, until the connection closes",
            content = @Content(mediaType = SseStreamClient.EVENT_STREAM, schema = @Schema(type = "string")))
    void stream(@AuthenticationPrincipal Jwt user,
            @Parameter(description = "Comma-separated symbols, e.g. AAPL,BTC-USD,EUR-USD (at most 50)")
            @RequestParam String symbols,
            @Parameter(description = "Resume after this event id (when Last-Event-ID cannot be sent)")
            @RequestParam(required = false) Long lastEventId,
            @RequestHeader(name = "Last-Event-ID", required = false) String lastEventIdHeader,
            HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
        List<String> requested = Arrays.stream(symbols.split(",")).map(String::trim).filter(s -> !s.isEmpty())
                .distinct().toList();
        if (requested.isEmpty()) {
            throw ApiException.badRequest("NO_SYMBOLS", "symbols", "Name at least one symbol");
        }
        long resumeAfter = resumeAfter(lastEventIdHeader, lastEventId);
        SseStreamClient client = new SseStreamClient(hub.nextClientId(), user.getSubject(), properties,
                hub.writers());
        // Refusals (symbols, limits) are thrown here, before anything is sent.
        hub.open(client, requested, resumeAfter);
        client.onDisconnect(() -> hub.close(client));
        // No timeout: the heartbeat keeps the connection, the hub's watchdog drops stalled clients.
        client.respond(request, response);
    }

    private static long resumeAfter(String header, Long parameter) {
        if (header != null && !header.isBlank()) {
            try {
                return Long.parseLong(header.trim());
            } catch (NumberFormatException e) {
                throw ApiException.badRequest("INVALID_LAST_EVENT_ID", "Last-Event-ID", "Not an event id: " + header);
            }
        }
        return parameter == null ? 0 : parameter;
    }
}

package com.tradesense.marketdata.live;

import java.io.IOException;
import java.time.LocalDate;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/market/replays")
@Tag(name = "Market data")
class ReplayController {

    private final Replays replays;

    ReplayController(Replays replays) {
        this.replays = replays;
    }

    /**
     * @param date                 the exchange's trading date to replay (its time zone is in the response)
     * @param speed                1 (real time) to 60 (an hour a minute)
     * @param includeExtendedHours play pre-market and after-hours minutes too
     */
    record ReplayRequest(@NotBlank String symbol, @NotNull LocalDate date, @NotNull Integer speed,
            Boolean includeExtendedHours) {
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Replay a stored trading day as a live feed", description = """
            Creates a replay of one stored day of 1-minute bars (the last 30 trading days are kept); open its stream \
            within 10 minutes. 400 naming symbol, date (NOT_A_TRADING_DAY) or speed (INVALID_SPEED, 1 to 60); 404 \
            INSTRUMENT_NOT_FOUND; 422 NO_HISTORY_FOR_DATE or TOO_MANY_REPLAYS (3 at a time).""")
    Replays.ReplayView create(@AuthenticationPrincipal Jwt user, @Valid @RequestBody ReplayRequest request) {
        return replays.create(user.getSubject(), request.symbol(), request.date(), request.speed(),
                Boolean.TRUE.equals(request.includeExtendedHours()));
    }

    @GetMapping(path = "/{id}/stream", produces = "text/event-stream")
    @Operation(summary = "Play a replay (Server-Sent Events)", description = """
            The live stream's `quote` and `bar` events for the replayed day, timestamped in replay time (`serverTime` \
            stays the real time), four prints a minute (open, nearer extreme, other extreme, close), plus `replay` \
            progress events {id, position, total, finished}. The replay starts when the stream opens and ends with \
            it. Accepts a stream ticket (`?ticket=`). 404 REPLAY_NOT_FOUND; 409 REPLAY_ALREADY_STREAMING.""")
    @ApiResponse(responseCode = "200", description = "The event stream, until the replay ends",
            content = @Content(mediaType = SseStreamClient.EVENT_STREAM, schema = @Schema(type = "string")))
    void stream(@AuthenticationPrincipal Jwt user, @PathVariable String id, HttpServletRequest request,
            HttpServletResponse response) throws IOException, ServletException {
        replays.stream(user.getSubject(), id).respond(request, response);
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Stop a replay", description = "404 REPLAY_NOT_FOUND.")
    void delete(@AuthenticationPrincipal Jwt user, @PathVariable String id) {
        replays.delete(user.getSubject(), id);
    }
}

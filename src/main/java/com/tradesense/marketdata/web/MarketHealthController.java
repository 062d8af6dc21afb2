package com.tradesense.marketdata.web;

import java.time.Instant;
import java.util.List;

import com.tradesense.marketdata.live.FeedHealth;
import com.tradesense.marketdata.providers.CacheHealth;
import com.tradesense.marketdata.providers.MarketHealth;
import com.tradesense.marketdata.providers.MarketHealth.BreakerHealth;
import com.tradesense.marketdata.providers.MarketHealth.Report;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Provider state for members (the ticker's connection badge) and the admin page; it carries no secrets. */
@RestController
@RequestMapping("/api/v1/market/health")
@Tag(name = "Market data")
class MarketHealthController {

    private final MarketHealth health;

    MarketHealthController(MarketHealth health) {
        this.health = health;
    }

    @GetMapping
    @Operation(summary = "State of every market data feed", description = "One entry per live feed (the simulated "
            + "exchange and each configured real provider): connection state, STREAM or POLLING mode, symbols "
            + "served, last message time, reconnects and lag; plus each provider's circuit breaker and the "
            + "provider cache tiers. API keys never appear.")
    HealthView health() {
        return HealthView.of(health.report());
    }

    record HealthView(Instant serverTime, List<FeedView> feeds, List<BreakerView> circuitBreakers,
            List<CacheView> caches) {

        static HealthView of(Report report) {
            return new HealthView(report.serverTime(), report.feeds().stream().map(FeedView::of).toList(),
                    report.circuitBreakers().stream().map(BreakerView::of).toList(),
                    report.caches().stream().map(CacheView::of).toList());
        }
    }

    record FeedView(
            @Schema(example = "massive") String provider,
            @Schema(description = "CONNECTED, CONNECTING, RECONNECTING, DISCONNECTED or STOPPED") String state,
            @Schema(description = "STREAM or POLLING (REST fallback while the socket is down)") String mode,
            int symbols,
            @Schema(nullable = true) Instant lastMessageAt,
            long reconnects,
            @Schema(description = "Age of the newest event when received, -1 when unknown") long lagMillis,
            @Schema(nullable = true, description = "Last error or fallback, null when healthy") String detail) {

        static FeedView of(FeedHealth h) {
            return new FeedView(h.provider(), h.state(), h.mode(), h.symbols(), h.lastMessageAt(), h.reconnects(),
                    h.lagMillis(), h.detail());
        }
    }

    record BreakerView(String provider,
            @Schema(description = "CLOSED, OPEN (cached data served stale) or HALF_OPEN") String state,
            @Schema(description = "Percent of failed calls in the window, -1 until enough calls") float failureRate,
            int bufferedCalls, int failedCalls, long notPermittedCalls) {

        static BreakerView of(BreakerHealth b) {
            return new BreakerView(b.provider(), b.state(), b.failureRate(), b.bufferedCalls(), b.failedCalls(),
                    b.notPermittedCalls());
        }
    }

    record CacheView(@Schema(description = "memory or redis") String tier,
            @Schema(description = "-1 when the tier cannot tell") long entries, double hitRate, boolean up) {

        static CacheView of(CacheHealth c) {
            return new CacheView(c.tier(), c.entries(), c.hitRate(), c.up());
        }
    }
}

package com.tradesense.marketdata.web;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import com.tradesense.marketdata.calendar.ExchangeStatus;
import com.tradesense.marketdata.calendar.TradingCalendars;
import com.tradesense.marketdata.web.MarketDataApi.ExchangeStatusView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/market/status")
@Tag(name = "Market data")
class MarketStatusController {

    private final TradingCalendars calendars;
    private final Clock clock;

    MarketStatusController(TradingCalendars calendars, Clock clock) {
        this.calendars = calendars;
        this.clock = clock;
    }

    @GetMapping
    @Operation(summary = "Session of every exchange now", description = "NYSE, NASDAQ, BVC (Casablanca), CRYPTO, FX, "
            + "COMEX and NYMEX, each with its phase, whether today is a holiday or an early close in the venue's "
            + "time zone, and the next regular open and close.")
    List<ExchangeStatusView> status() {
        Instant now = clock.instant();
        return calendars.exchanges().stream()
                .map(exchange -> ExchangeStatus.of(exchange, calendars.forExchange(exchange).orElseThrow(), now))
                .map(ExchangeStatusView::of).toList();
    }
}

package com.tradesense.marketdata.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;

import com.tradesense.marketdata.calendar.TradingCalendars;
import com.tradesense.platform.ApiException;
import org.junit.jupiter.api.Test;

class CalendarTradingSessionsTests {

    private final CalendarTradingSessions sessions = new CalendarTradingSessions(TradingCalendars.standard());

    @Test
    void nasdaqSessionOfAnEarlyCloseDayInUtcInstants() {
        // Day after Thanksgiving 2026 (NYSE 2026 holiday notice): 09:30-13:00 New York, EST.
        assertThat(sessions.session("NASDAQ", LocalDate.of(2026, 11, 27))).hasValueSatisfying(day -> {
            assertThat(day.zone().getId()).isEqualTo("America/New_York");
            assertThat(day.preMarketOpen()).isEqualTo(Instant.parse("2026-11-27T09:00:00Z"));
            assertThat(day.open()).isEqualTo(Instant.parse("2026-11-27T14:30:00Z"));
            assertThat(day.close()).isEqualTo(Instant.parse("2026-11-27T18:00:00Z"));
            assertThat(day.earlyClose()).isTrue();
        });
    }

    @Test
    void holidaysAndWeekendsHaveNoSession() {
        assertThat(sessions.session("NYSE", LocalDate.of(2026, 11, 26))).isEmpty();
        assertThat(sessions.session("NYSE", LocalDate.of(2026, 11, 28))).isEmpty();
        assertThat(sessions.session("CRYPTO", LocalDate.of(2026, 11, 28))).isPresent();
    }

    @Test
    void unknownExchangeIsABadRequestNamingTheExchange() {
        assertThatThrownBy(() -> sessions.session("LSE", LocalDate.of(2026, 11, 27)))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.violations().get(0).field()).isEqualTo("exchange");
                });
    }
}

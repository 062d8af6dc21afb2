package com.tradesense.trading.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;

import com.tradesense.marketdata.SessionPhase;
import com.tradesense.trading.OrderClass;
import com.tradesense.trading.OrderSide;
import com.tradesense.trading.OrderType;
import com.tradesense.trading.TimeInForce;
import org.junit.jupiter.api.Test;

/**
 * Closes read from a calendar, and DAY orders restored after the app was down. NYSE regular hours end 16:00
 * New York time (https://www.nyse.com/markets/hours-calendars), 21:00Z before daylight saving time starts on
 * 2026-03-08; 2026-02-27 is a Friday and 2026-03-02 a Monday.
 */
class SessionClosesTests {

    private static final MarketCloses NYSE = new MarketCloses(UsEquityHours::nyse);
    private static final Instant FRIDAY_CLOSE = Instant.parse("2026-02-27T21:00:00Z");
    private static final Instant MONDAY_CLOSE = Instant.parse("2026-03-02T21:00:00Z");

    @Test
    void theLatestCloseIsTodaysOnceItPassedElseTheLastTradingDays() {
        assertThat(NYSE.latestAtOrBefore(Instant.parse("2026-03-02T21:00:00Z"))).isEqualTo(MONDAY_CLOSE);
        assertThat(NYSE.latestAtOrBefore(Instant.parse("2026-03-02T20:59:59Z"))).isEqualTo(FRIDAY_CLOSE);
        assertThat(NYSE.latestAtOrBefore(Instant.parse("2026-03-01T12:00:00Z"))).isEqualTo(FRIDAY_CLOSE);
    }

    @Test
    void theFirstCloseAfterAnInstantSkipsTheWeekend() {
        assertThat(NYSE.firstBetween(Instant.parse("2026-02-27T22:00:00Z"), Instant.parse("2026-03-03T00:00:00Z")))
                .isEqualTo(MONDAY_CLOSE);
        assertThat(NYSE.firstBetween(Instant.parse("2026-03-02T15:00:00Z"), Instant.parse("2026-03-02T20:00:00Z")))
                .isNull();
    }

    @Test
    void aRoundTheClockMarketNeverCloses() {
        MarketCloses crypto = new MarketCloses(UsEquityHours::continuous);
        assertThat(crypto.latestAtOrBefore(Instant.parse("2026-03-02T12:00:00Z"))).isNull();
        assertThat(crypto.firstBetween(Instant.parse("2026-02-20T12:00:00Z"), Instant.parse("2026-03-02T12:00:00Z")))
                .isNull();
    }

    @Test
    void thePreviousDaysCloseIsTheOneBeforeTheTradingDayPreMarketAndAfterHoursIncluded() {
        // Monday pre-market (04:00 New York = 09:00Z), regular and after-hours all belong to Monday: Friday's close.
        assertThat(NYSE.previousDayClose(Instant.parse("2026-03-02T09:30:00Z"))).isEqualTo(FRIDAY_CLOSE);
        assertThat(NYSE.previousDayClose(Instant.parse("2026-03-02T18:00:00Z"))).isEqualTo(FRIDAY_CLOSE);
        assertThat(NYSE.previousDayClose(Instant.parse("2026-03-02T23:00:00Z"))).isEqualTo(FRIDAY_CLOSE);
        // Over the weekend Friday is still the trading day: Thursday's close.
        assertThat(NYSE.previousDayClose(Instant.parse("2026-02-28T12:00:00Z")))
                .isEqualTo(Instant.parse("2026-02-26T21:00:00Z"));
        // A round-the-clock market's day is the UTC calendar day.
        MarketCloses crypto = new MarketCloses(UsEquityHours::continuous);
        assertThat(crypto.previousDayClose(Instant.parse("2026-03-02T12:00:00Z")))
                .isEqualTo(Instant.parse("2026-03-02T00:00:00Z"));
    }

    private static Order order(TimeInForce timeInForce, boolean extendedHours, String createdAt) {
        return new Order(UUID.randomUUID(), UUID.randomUUID(), null, null, EngineFixtures.STOCK, OrderSide.BUY,
                OrderType.LIMIT, OrderClass.SIMPLE, timeInForce, extendedHours, Instant.parse(createdAt), null, null);
    }

    @Test
    void aDayOrderHasExpiredOnceACloseHasPassedSinceItWasPlaced() {
        Order day = order(TimeInForce.DAY, false, "2026-03-02T15:00:00Z");
        assertThat(DayOrderExpiry.expired(day, NYSE, Instant.parse("2026-03-02T20:00:00Z"), SessionPhase.OPEN)).isFalse();
        assertThat(DayOrderExpiry.expired(day, NYSE, Instant.parse("2026-03-02T22:00:00Z"), SessionPhase.AFTER_HOURS))
                .isTrue();
        assertThat(DayOrderExpiry.expired(order(TimeInForce.GTC, false, "2026-02-20T15:00:00Z"), NYSE,
                Instant.parse("2026-03-02T22:00:00Z"), SessionPhase.CLOSED)).isFalse();
    }

    @Test
    void aDayOrderPlacedOverTheWeekendIsForMondaysSession() {
        Order day = order(TimeInForce.DAY, false, "2026-02-28T12:00:00Z");
        assertThat(DayOrderExpiry.expired(day, NYSE, Instant.parse("2026-03-02T15:00:00Z"), SessionPhase.OPEN)).isFalse();
        assertThat(DayOrderExpiry.expired(day, NYSE, Instant.parse("2026-03-02T21:30:00Z"), SessionPhase.AFTER_HOURS))
                .isTrue();
    }

    @Test
    void anExtendedHoursDayOrderLivesThroughTheAfterHoursOfItsDay() {
        Order extended = order(TimeInForce.DAY, true, "2026-03-02T15:00:00Z");
        assertThat(DayOrderExpiry.expired(extended, NYSE, Instant.parse("2026-03-02T23:00:00Z"),
                SessionPhase.AFTER_HOURS)).isFalse();
        assertThat(DayOrderExpiry.expired(extended, NYSE, Instant.parse("2026-03-03T02:00:00Z"), SessionPhase.CLOSED))
                .isTrue();
        assertThat(DayOrderExpiry.expired(extended, NYSE, Instant.parse("2026-03-03T23:00:00Z"),
                SessionPhase.AFTER_HOURS)).isTrue();
    }
}

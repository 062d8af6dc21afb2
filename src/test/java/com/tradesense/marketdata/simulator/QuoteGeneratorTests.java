package com.tradesense.marketdata.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.tradesense.marketdata.Bar;
import com.tradesense.marketdata.TestUniverse;
import org.junit.jupiter.api.Test;

class QuoteGeneratorTests {

    private static final long SEED = 7L;
    /** Wednesday 2026-11-18, 10:00 New York: regular session. */
    private static final Instant LAST_BAR = Instant.parse("2026-11-18T15:00:00Z");

    private final MarketSimulator simulator = new MarketSimulator(SEED, TestUniverse.all());

    @Test
    void completedLiveBarsAreTheBarsTheHistoryGeneratorMakes() {
        BigDecimal lastClose = new BigDecimal("231.17");
        QuoteGenerator feed = simulator.quotes("AAPL", LAST_BAR, lastClose, 4);
        List<Bar> live = new ArrayList<>();

        long start = LAST_BAR.toEpochMilli() + 60_000;
        for (long now = start; now < start + 5 * 60_000 + 1; now += 250) {
            int result = feed.advance(now);
            if ((result & QuoteGenerator.BAR_COMPLETED) != 0) {
                live.add(completedBar(feed));
            }
        }

        assertThat(live).isEqualTo(simulator.minuteBars("AAPL", LAST_BAR.plusSeconds(60),
                LAST_BAR.plusSeconds(6 * 60), lastClose));
    }

    @Test
    void aPausedFeedContinuesAsIfItHadRunThroughTheMissedMinutes() {
        BigDecimal lastClose = new BigDecimal("90000.00");
        QuoteGenerator feed = simulator.quotes("BTC-USD", LAST_BAR, lastClose, 2);
        long start = LAST_BAR.toEpochMilli() + 60_000;
        feed.advance(start);
        feed.advance(start + 4 * 60_000);
        feed.advance(start + 5 * 60_000);

        List<Bar> history = simulator.minuteBars("BTC-USD", LAST_BAR.plusSeconds(60), LAST_BAR.plusSeconds(6 * 60),
                lastClose);
        assertThat(completedBar(feed)).isEqualTo(history.get(history.size() - 1));
    }

    @Test
    void quotesAreOnTickWithTheBidBelowTheAskAndTradesInsideTheFormingBar() {
        QuoteGenerator feed = simulator.quotes("AAPL", LAST_BAR, new BigDecimal("231.17"), 10);
        long start = LAST_BAR.toEpochMilli() + 60_000;
        int trades = 0;
        int quotes = 0;
        for (long now = start; now < start + 60_000; now += 100) {
            int result = feed.advance(now);
            trades += (result & QuoteGenerator.TRADE) != 0 ? 1 : 0;
            quotes += (result & QuoteGenerator.QUOTE) != 0 ? 1 : 0;
            assertThat(feed.bid()).isPositive().isLessThan(feed.ask());
            assertThat(feed.last()).isBetween(feed.formingLow(), feed.formingHigh());
        }
        assertThat(quotes).isEqualTo(600);
        assertThat(trades).isEqualTo(12);
        assertThat(feed.lastSize()).isPositive();
        // All of the minute's prints have been played: the forming bar is the bar the history holds.
        Bar history = simulator.minuteBars("AAPL", LAST_BAR.plusSeconds(60), LAST_BAR.plusSeconds(120),
                new BigDecimal("231.17")).get(0);
        BigDecimal tick = feed.tickSize();
        assertThat(new Bar(Instant.ofEpochSecond(feed.formingMinute() * 60), price(tick, feed.formingOpen()),
                price(tick, feed.formingHigh()), price(tick, feed.formingLow()), price(tick, feed.last()),
                feed.formingVolume())).isEqualTo(history);
    }

    @Test
    void preMarketMinutesPrintFarLessOftenThanRegularOnes() {
        // 08:00 New York
        Instant preMarket = Instant.parse("2026-11-18T13:00:00Z");
        QuoteGenerator feed = simulator.quotes("AAPL", preMarket, new BigDecimal("231.17"), 10);
        long start = preMarket.toEpochMilli() + 60_000;
        int trades = 0;
        for (long now = start; now < start + 60_000; now += 100) {
            trades += (feed.advance(now) & QuoteGenerator.TRADE) != 0 ? 1 : 0;
        }
        assertThat(trades).isEqualTo(3);
    }

    @Test
    void bitcoinQuotesTighterThanACasablancaStock() {
        assertThat(spreadBps("BTC-USD", "90000.00")).isLessThan(1.5);
        assertThat(spreadBps("ATW", "700.00")).isGreaterThan(10 * spreadBps("BTC-USD", "90000.00"));
    }

    @Test
    void aClosedMarketQuotesNothing() {
        Instant friday = Instant.parse("2026-11-21T00:59:00Z");
        QuoteGenerator feed = simulator.quotes("AAPL", friday, new BigDecimal("231.17"), 4);

        long saturdayNoon = Instant.parse("2026-11-21T17:00:00Z").toEpochMilli();
        assertThat(feed.advance(saturdayNoon)).isEqualTo(QuoteGenerator.CLOSED);
        assertThat(feed.advance(saturdayNoon + 250)).isEqualTo(QuoteGenerator.CLOSED);
    }

    private double spreadBps(String symbol, String price) {
        QuoteGenerator feed = simulator.quotes(symbol, LAST_BAR, new BigDecimal(price), 4);
        feed.advance(LAST_BAR.toEpochMilli() + 60_000);
        return 10_000.0 * (feed.ask() - feed.bid()) / feed.last();
    }

    private static Bar completedBar(QuoteGenerator feed) {
        BigDecimal tick = feed.tickSize();
        return new Bar(Instant.ofEpochSecond(feed.completedMinute() * 60), price(tick, feed.completedOpen()),
                price(tick, feed.completedHigh()), price(tick, feed.completedLow()), price(tick, feed.completedClose()),
                feed.completedVolume());
    }

    private static BigDecimal price(BigDecimal tick, long ticks) {
        return tick.multiply(BigDecimal.valueOf(ticks));
    }
}

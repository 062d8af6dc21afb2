package com.tradesense.marketdata.live;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.tradesense.marketdata.Bar;
import com.tradesense.marketdata.TestUniverse;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ReplayTests {

    private static final Instant OPEN = Instant.parse("2026-11-20T14:30:00Z");

    @Test
    void playsEachMinuteAsOpenNearerExtremeOtherExtremeCloseAtItsSpeed() {
        List<Bar> day = List.of(bar(0, "100", "101", "99.50", "100.80", 400), bar(1, "100.80", "100.90", "99", "99.20", 100));
        var aapl = TestUniverse.AAPL;
        Replay replay = new Replay("r", "u", new SymbolState(0, aapl.instrument(),
                TestUniverse.all().calendar(aapl.instrument().calendar())), day, 60);
        List<String> prices = new ArrayList<>();
        List<Bar> completed = new ArrayList<>();
        Replay.Listener listener = new Replay.Listener() {
            @Override
            public void trade(long replayMillis) {
                prices.add(replay.state.decimal(replay.state.last).toPlainString());
            }

            @Override
            public void minuteCompleted(Bar bar) {
                completed.add(bar);
            }
        };
        long start = 1_000_000;
        assertThat(replay.advanceTo(start, listener)).isTrue();
        assertThat(prices).containsExactly("100.00");
        // At 60x a replayed minute takes one real second.
        assertThat(replay.advanceTo(start + 999, listener)).isTrue();
        assertThat(prices).containsExactly("100.00", "99.50", "101.00", "100.80");
        assertThat(completed).isEmpty();
        assertThat(replay.advanceTo(start + 2_000, listener)).isFalse();
        assertThat(prices).containsExactly("100.00", "99.50", "101.00", "100.80", "100.80", "100.90", "99.00", "99.20");
        assertThat(completed).containsExactlyElementsOf(day);
        assertThat(replay.state.barVolume).isEqualTo(100);
        assertThat(replay.state.volume).as("regular-session volume of the replayed day").isEqualTo(500);
    }

    private static Bar bar(int minute, String o, String h, String l, String c, long v) {
        return new Bar(OPEN.plusSeconds(60L * minute), new BigDecimal(o), new BigDecimal(h), new BigDecimal(l),
                new BigDecimal(c), v);
    }
}

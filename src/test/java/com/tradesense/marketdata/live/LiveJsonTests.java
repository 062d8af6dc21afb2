package com.tradesense.marketdata.live;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.SplittableRandom;

import com.tradesense.marketdata.Quote;
import com.tradesense.marketdata.TestUniverse;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** The hand-written live payloads say exactly what the REST quote says, and their instants parse back exactly. */
class LiveJsonTests {

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void theLiveQuoteCarriesTheSameNumbersAsTheQuoteEndpoint() {
        SplittableRandom random = new SplittableRandom(7);
        for (var simulated : TestUniverse.all().instruments()) {
            SymbolState state = new SymbolState(0, simulated.instrument(),
                    TestUniverse.all().calendar(simulated.instrument().calendar()));
            BigDecimal tick = simulated.instrument().tickSize();
            long now = Instant.parse("2026-11-20T16:00:00Z").toEpochMilli();
            state.seed(state.units(tick.multiply(BigDecimal.valueOf(20_000))), now - 5_000, LocalDate.of(2026, 11, 20),
                    state.units(tick.multiply(BigDecimal.valueOf(19_950))),
                    state.units(tick.multiply(BigDecimal.valueOf(20_100))),
                    state.units(tick.multiply(BigDecimal.valueOf(19_900))), 1234,
                    state.units(tick.multiply(BigDecimal.valueOf(19_700))));
            for (int i = 0; i < 200; i++) {
                BigDecimal price = tick.multiply(BigDecimal.valueOf(19_000 + random.nextInt(2_000)));
                state.applyTrade(now + i, state.units(price), 1 + random.nextInt(100));
                state.applyQuote(now + i, state.units(price.subtract(tick)), state.units(price.add(tick)));
                Quote expected = state.quote(now + i);
                JsonNode actual = json.readTree(LiveJson.quote(state, now + i));
                assertThat(actual.path("price").decimalValue()).isEqualByComparingTo(expected.price());
                assertThat(actual.path("bid").decimalValue()).isEqualByComparingTo(expected.bid());
                assertThat(actual.path("ask").decimalValue()).isEqualByComparingTo(expected.ask());
                assertThat(actual.path("change").decimalValue()).isEqualByComparingTo(expected.change());
                assertThat(actual.path("changePercent").decimalValue()).isEqualByComparingTo(expected.changePercent());
                assertThat(actual.path("dayHigh").decimalValue()).isEqualByComparingTo(expected.dayHigh());
                assertThat(actual.path("dayLow").decimalValue()).isEqualByComparingTo(expected.dayLow());
                assertThat(actual.path("volume").asLong()).isEqualTo(expected.volume());
                assertThat(actual.path("prevClose").decimalValue()).isEqualByComparingTo(expected.prevClose());
                assertThat(actual.path("session").asString()).isEqualTo(expected.session().name());
                assertThat(Instant.parse(actual.path("timestamp").asString())).isEqualTo(expected.timestamp());
            }
        }
    }

    @Test
    void pricesPrintWithTheTickDecimalsAndNoExponent() {
        StringBuilder out = new StringBuilder();
        LiveJson.units(out, 30_299_0000L, 4, 2);
        out.append(' ');
        LiveJson.units(out, 12, 10, 8);
        out.append(' ');
        LiveJson.units(out, -2_020_000, 4, 2);
        out.append(' ');
        LiveJson.units(out, 1_084_255, 7, 5);
        assertThat(out).hasToString("30299.00 0.0000000012 -202.00 0.1084255");
    }

    @Test
    void percentagesRoundHalfEvenLikeTheQuoteEndpoint() {
        // change/previous in units: ties (0.125% -> 0.12, 0.135% -> 0.14), signs, and a random sweep
        long[][] cases = {{125, 100_000}, {135, 100_000}, {-125, 100_000}, {-135, 100_000}, {1, 3}, {-2, 3},
                {333, 1_000}, {-202_000, 30_501_000}};
        SplittableRandom random = new SplittableRandom(3);
        for (int i = 0; i < cases.length + 10_000; i++) {
            long change = i < cases.length ? cases[i][0] : random.nextLong(-5_000_000, 5_000_000);
            long previous = i < cases.length ? cases[i][1] : random.nextLong(1, 50_000_000);
            BigDecimal expected = BigDecimal.valueOf(change).multiply(BigDecimal.valueOf(100))
                    .divide(BigDecimal.valueOf(previous), 2, RoundingMode.HALF_EVEN);
            assertThat(BigDecimal.valueOf(LiveJson.percentHundredths(change, previous), 2))
                    .as("%d / %d", change, previous).isEqualByComparingTo(expected);
        }
    }

    @Test
    void instantsMatchJavaTimeForAnyMillisecond() {
        SplittableRandom random = new SplittableRandom(11);
        for (int i = 0; i < 100_000; i++) {
            long millis = random.nextLong(-2_000_000_000_000L, 10_000_000_000_000L);
            StringBuilder out = new StringBuilder();
            LiveJson.instant(out, millis);
            assertThat(Instant.parse(out)).isEqualTo(Instant.ofEpochMilli(millis));
        }
    }
}

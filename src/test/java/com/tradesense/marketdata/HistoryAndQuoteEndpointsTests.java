package com.tradesense.marketdata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import com.tradesense.IntegrationTest;
import com.tradesense.TestApi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;

/**
 * History and quotes over hand-made bars, with the clock at Friday 2026-11-20 11:00 New York (16:00Z):
 * <ul>
 * <li>AAPL: daily bars Monday 11-09 to Thursday 11-19 (day i: o 200+i, h 202+i, l 199+i, c 201+i, v 100(i+1));
 * five pre-market minutes from 08:00 New York (o 209, h 209.5, l 208.5, c 209.2, v 5) and the first 90 regular
 * minutes from 09:30 (minute k: o 210+0.1k, h o+0.2, l o-0.1, c o+0.05, v 10+k).</li>
 * <li>BTC-USD: the daily bar of Thursday (close 90000) and ten minutes from 15:50Z (minute k: o 91000+10k, h o+15,
 * l o-5, c o+10, v 2).</li>
 * </ul>
 * Access tokens are issued at that fixed instant but checked against the real time, so they live long enough here.
 */
@IntegrationTest
@TestPropertySource(properties = "tradesense.identity.access-token-ttl=3650d")
class HistoryAndQuoteEndpointsTests {

    static final Instant NOW = Instant.parse("2026-11-20T16:00:00Z");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    @TestConfiguration(proxyBeanMethods = false)
    static class FixedClock {

        @Bean
        @Primary
        Clock fixedClock() {
            return Clock.fixed(NOW, ZoneOffset.UTC);
        }
    }

    @Autowired
    TestApi api;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MarketData marketData;

    TestApi.Client member;

    @BeforeEach
    void seedBarsAndSignIn() throws Exception {
        jdbc.sql("delete from marketdata_bars_1m where symbol in ('AAPL', 'BTC-USD')").update();
        jdbc.sql("delete from marketdata_bars_1d where symbol in ('AAPL', 'BTC-USD')").update();
        List<LocalDate> days = LocalDate.of(2026, 11, 9).datesUntil(LocalDate.of(2026, 11, 20))
                .filter(date -> date.getDayOfWeek().getValue() <= 5).toList();
        for (int i = 0; i < days.size(); i++) {
            daily("AAPL", days.get(i), days.get(i).atStartOfDay(NEW_YORK).toInstant(), 200 + i, 202 + i, 199 + i,
                    201 + i, 100L * (i + 1));
        }
        for (int k = 0; k < 5; k++) {
            minute("AAPL", Instant.parse("2026-11-20T13:00:00Z").plusSeconds(60L * k), new BigDecimal("209"),
                    new BigDecimal("209.5"), new BigDecimal("208.5"), new BigDecimal("209.2"), 5, true);
        }
        for (int k = 0; k < 90; k++) {
            BigDecimal open = new BigDecimal("210").add(new BigDecimal("0.1").multiply(BigDecimal.valueOf(k)));
            minute("AAPL", Instant.parse("2026-11-20T14:30:00Z").plusSeconds(60L * k), open,
                    open.add(new BigDecimal("0.2")), open.subtract(new BigDecimal("0.1")),
                    open.add(new BigDecimal("0.05")), 10 + k, false);
        }
        daily("BTC-USD", LocalDate.of(2026, 11, 19), Instant.parse("2026-11-19T00:00:00Z"), 89_000, 90_500, 88_800,
                90_000, 100);
        for (int k = 0; k < 10; k++) {
            BigDecimal open = BigDecimal.valueOf(91_000 + 10 * k);
            minute("BTC-USD", Instant.parse("2026-11-20T15:50:00Z").plusSeconds(60L * k), open,
                    open.add(BigDecimal.valueOf(15)), open.subtract(BigDecimal.valueOf(5)),
                    open.add(BigDecimal.TEN), 2, false);
        }
        member = api.client();
        member.signUpAndSignIn();
    }

    @Test
    void oneMinuteBarsPageBackFromTheNewestWithNextTo() throws Exception {
        JsonNode newest = history("AAPL?interval=1m&limit=30");

        assertThat(newest.get("symbol").asString()).isEqualTo("AAPL");
        assertThat(newest.get("interval").asString()).isEqualTo("1m");
        assertThat(newest.get("currency").asString()).isEqualTo("USD");
        assertThat(newest.get("timezone").asString()).isEqualTo("America/New_York");
        assertThat(newest.get("bars")).hasSize(30);
        assertThat(newest.get("bars").get(0).get("t").asString()).isEqualTo("2026-11-20T15:30:00Z");
        assertBar(newest.get("bars").get(29), "2026-11-20T15:59:00Z", "218.9", "219.1", "218.8", "218.95", 99);
        assertThat(newest.get("nextTo").asString()).isEqualTo("2026-11-20T15:30:00Z");

        JsonNode before = history("AAPL?interval=1m&limit=100&to=2026-11-20T15:30:00Z");

        assertThat(before.get("bars")).hasSize(60);
        assertBar(before.get("bars").get(0), "2026-11-20T14:30:00Z", "210", "210.2", "209.9", "210.05", 10);
        assertThat(before.get("bars").get(59).get("t").asString()).isEqualTo("2026-11-20T15:29:00Z");
        assertThat(before.has("nextTo")).isFalse();
    }

    @Test
    void extendedHoursMinutesOnlyWhenAskedFor() throws Exception {
        String range = "AAPL?interval=1m&from=2026-11-20T13:00:00Z&to=2026-11-20T14:35:00Z";

        JsonNode regular = history(range);
        JsonNode extended = history(range + "&includeExtendedHours=true");

        assertThat(regular.get("bars")).hasSize(5);
        assertThat(regular.get("bars").get(0).get("t").asString()).isEqualTo("2026-11-20T14:30:00Z");
        assertThat(extended.get("bars")).hasSize(10);
        assertBar(extended.get("bars").get(0), "2026-11-20T13:00:00Z", "209", "209.5", "208.5", "209.2", 5);
    }

    @Test
    void fiveMinuteBarsAggregateTheirMinutesAndPage() throws Exception {
        JsonNode first = history("AAPL?interval=5m&from=2026-11-20T14:30:00Z&to=2026-11-20T14:35:00Z");
        JsonNode newest = history("AAPL?interval=5m&limit=2");

        assertThat(first.get("bars")).singleElement()
                .satisfies(bar -> assertBar(bar, "2026-11-20T14:30:00Z", "210", "210.6", "209.9", "210.45", 60));
        assertThat(newest.get("bars")).hasSize(2);
        assertThat(newest.get("bars").get(0).get("t").asString()).isEqualTo("2026-11-20T15:50:00Z");
        assertBar(newest.get("bars").get(1), "2026-11-20T15:55:00Z", "218.5", "219.1", "218.4", "218.95",
                95 + 96 + 97 + 98 + 99);
        assertThat(newest.get("nextTo").asString()).isEqualTo("2026-11-20T15:50:00Z");
    }

    @Test
    void hourlyBarsStartAtTheOpenAndPreMarketHoursAtTheirOwnSegment() throws Exception {
        JsonNode regular = history("AAPL?interval=1h&from=2026-11-20T13:00:00Z");
        JsonNode extended = history("AAPL?interval=1h&from=2026-11-20T13:00:00Z&includeExtendedHours=true");

        assertThat(regular.get("bars")).hasSize(2);
        // 09:30-10:30 New York: minutes 0-59, volume 10+...+69; then the forming 10:30 bar of minutes 60-89.
        assertBar(regular.get("bars").get(0), "2026-11-20T14:30:00Z", "210", "216.1", "209.9", "215.95", 2370);
        assertBar(regular.get("bars").get(1), "2026-11-20T15:30:00Z", "216", "219.1", "215.9", "218.95", 2535);
        assertThat(extended.get("bars")).hasSize(3);
        assertBar(extended.get("bars").get(0), "2026-11-20T13:00:00Z", "209", "209.5", "208.5", "209.2", 25);
    }

    @Test
    void dailyBarsPageBackAndWeeklyBarsRollThemUp() throws Exception {
        JsonNode newest = history("AAPL?interval=1d&limit=2");
        JsonNode before = history("AAPL?interval=1d&limit=2&to=" + newest.get("nextTo").asString());
        JsonNode weekly = history("AAPL?interval=1w");

        assertBar(newest.get("bars").get(0), "2026-11-18T05:00:00Z", "207", "209", "206", "208", 800);
        assertBar(newest.get("bars").get(1), "2026-11-19T05:00:00Z", "208", "210", "207", "209", 900);
        assertThat(newest.get("nextTo").asString()).isEqualTo("2026-11-18T05:00:00Z");
        assertThat(before.get("bars")).extracting(bar -> bar.get("t").asString())
                .containsExactly("2026-11-16T05:00:00Z", "2026-11-17T05:00:00Z");
        assertThat(before.get("nextTo").asString()).isEqualTo("2026-11-16T05:00:00Z");
        assertThat(weekly.get("bars")).hasSize(2);
        assertBar(weekly.get("bars").get(0), "2026-11-09T05:00:00Z", "200", "206", "199", "205", 1500);
        assertBar(weekly.get("bars").get(1), "2026-11-16T05:00:00Z", "205", "210", "204", "209", 3000);
        assertThat(weekly.has("nextTo")).isFalse();
    }

    @Test
    void unknownSymbolsAnswer404() throws Exception {
        MvcResult history = member.performAuthorised(get("/api/v1/market/history/NOPE"));
        MvcResult quote = member.performAuthorised(get("/api/v1/market/quote/NOPE"));
        MvcResult quotes = member.performAuthorised(get("/api/v1/market/quotes?symbols=AAPL,NOPE,ZZZZ"));

        assertThat(history.getResponse().getStatus()).isEqualTo(404);
        assertThat(api.json(history).get("code").asString()).isEqualTo("INSTRUMENT_NOT_FOUND");
        assertThat(quote.getResponse().getStatus()).isEqualTo(404);
        assertThat(quotes.getResponse().getStatus()).isEqualTo(404);
        assertThat(api.json(quotes).get("detail").asString()).contains("NOPE, ZZZZ");
    }

    @Test
    void badParametersAnswer400NamingTheParameter() throws Exception {
        String tooMany = IntStream.range(0, 51).mapToObj(i -> "S" + i).collect(Collectors.joining(","));

        assertRejected("/api/v1/market/history/AAPL?interval=2m", "interval");
        assertRejected("/api/v1/market/history/AAPL?from=2026-11-20T15:00:00Z&to=2026-11-20T15:00:00Z", "from");
        assertRejected("/api/v1/market/history/AAPL?from=yesterday", "from");
        assertRejected("/api/v1/market/history/AAPL?limit=5001", "limit");
        assertRejected("/api/v1/market/quotes?symbols=" + tooMany, "symbols");
    }

    @Test
    void quoteFromTheStoredBars() throws Exception {
        JsonNode quote = api.json(member.performAuthorised(get("/api/v1/market/quote/aapl")));

        assertThat(quote.get("symbol").asString()).isEqualTo("AAPL");
        assertDecimal(quote.get("price"), "218.95");
        // Half a 1 bp spread is 0.0219, two ticks.
        assertDecimal(quote.get("bid"), "218.93");
        assertDecimal(quote.get("ask"), "218.97");
        assertDecimal(quote.get("prevClose"), "209");
        assertDecimal(quote.get("change"), "9.95");
        assertDecimal(quote.get("changePercent"), "4.76");
        // Regular session only: the pre-market low of 208.5 does not count.
        assertDecimal(quote.get("open"), "210");
        assertDecimal(quote.get("dayHigh"), "219.1");
        assertDecimal(quote.get("dayLow"), "209.9");
        assertThat(quote.get("volume").asLong()).isEqualTo(4905);
        assertThat(quote.get("session").asString()).isEqualTo("OPEN");
        assertThat(quote.get("timestamp").asString()).isEqualTo("2026-11-20T16:00:00Z");
        assertThat(quote.get("currency").asString()).isEqualTo("USD");
    }

    @Test
    void quotesOfSeveralSymbolsInTheOrderAsked() throws Exception {
        JsonNode quotes = api.json(member.performAuthorised(get("/api/v1/market/quotes?symbols=BTC-USD, aapl")));

        assertThat(quotes).extracting(quote -> quote.get("symbol").asString()).containsExactly("BTC-USD", "AAPL");
        JsonNode bitcoin = quotes.get(0);
        assertDecimal(bitcoin.get("price"), "91100");
        assertDecimal(bitcoin.get("bid"), "91095.44");
        assertDecimal(bitcoin.get("ask"), "91104.56");
        assertDecimal(bitcoin.get("change"), "1100");
        assertDecimal(bitcoin.get("changePercent"), "1.22");
        assertDecimal(bitcoin.get("open"), "91000");
        assertDecimal(bitcoin.get("dayHigh"), "91105");
        assertDecimal(bitcoin.get("dayLow"), "90995");
        assertThat(bitcoin.get("volume").asLong()).isEqualTo(20);
    }

    @Test
    void otherModulesReadQuotesThroughTheFacade() {
        assertThat(marketData.quote("AAPL")).hasValueSatisfying(quote -> {
            assertThat(quote.price()).isEqualByComparingTo("218.95");
            assertThat(quote.changePercent()).isEqualTo(new BigDecimal("4.76"));
            assertThat(quote.session()).isEqualTo(SessionPhase.OPEN);
        });
        assertThat(marketData.quote("NOPE")).isEmpty();
    }

    private JsonNode history(String query) throws Exception {
        MvcResult result = member.performAuthorised(get("/api/v1/market/history/" + query));
        assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString()).isEqualTo(200);
        return api.json(result);
    }

    private void assertRejected(String path, String field) throws Exception {
        MvcResult result = member.performAuthorised(get(path));
        assertThat(result.getResponse().getStatus()).as(path).isEqualTo(400);
        assertThat(api.json(result).get("errors").get(0).get("field").asString()).as(path).isEqualTo(field);
    }

    private static void assertBar(JsonNode bar, String t, String o, String h, String l, String c, long v) {
        assertThat(bar.get("t").asString()).isEqualTo(t);
        assertDecimal(bar.get("o"), o);
        assertDecimal(bar.get("h"), h);
        assertDecimal(bar.get("l"), l);
        assertDecimal(bar.get("c"), c);
        assertThat(bar.get("v").asLong()).isEqualTo(v);
    }

    private static void assertDecimal(JsonNode node, String expected) {
        assertThat(new BigDecimal(node.toString())).isEqualByComparingTo(expected);
    }

    private void minute(String symbol, Instant t, BigDecimal o, BigDecimal h, BigDecimal l, BigDecimal c, long v,
            boolean extended) {
        jdbc.sql("insert into marketdata_bars_1m (symbol, t, o, h, l, c, v, extended) values (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(symbol, Timestamp.from(t), o, h, l, c, v, extended).update();
    }

    private void daily(String symbol, LocalDate date, Instant t, long o, long h, long l, long c, long v) {
        jdbc.sql("insert into marketdata_bars_1d (symbol, trading_date, t, o, h, l, c, v) values (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(symbol, date, Timestamp.from(t), o, h, l, c, v).update();
    }
}

package com.tradesense.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.tradesense.IntegrationTest;
import com.tradesense.TestApi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;

/**
 * The analytics endpoints over stored bars of NVDA for a past week: daily bars Monday 2026-11-09 to Thursday
 * 2026-11-19 (day i: o 200+i, h 202+i, l 199+i, c 201+i), and on Friday 2026-11-20 five pre-market minutes from 08:00
 * New York (h 209.5, l 208.5) and 60 regular minutes from 09:30 (minute k: o 210+0.1k, h o+0.2, l o-0.1, c o+0.05).
 */
@IntegrationTest
class AnalyticsEndpointsTests {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    @Autowired
    TestApi api;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Analytics analytics;

    TestApi.Client member;

    @BeforeEach
    void seedBarsAndSignIn() throws Exception {
        jdbc.sql("delete from marketdata_bars_1m where symbol = 'NVDA'").update();
        jdbc.sql("delete from marketdata_bars_1d where symbol = 'NVDA'").update();
        List<LocalDate> days = LocalDate.of(2026, 11, 9).datesUntil(LocalDate.of(2026, 11, 20))
                .filter(date -> date.getDayOfWeek().getValue() <= 5).toList();
        for (int i = 0; i < days.size(); i++) {
            jdbc.sql("insert into marketdata_bars_1d (symbol, trading_date, t, o, h, l, c, v) values (?, ?, ?, ?, ?, ?, ?, ?)")
                    .params("NVDA", days.get(i), Timestamp.from(days.get(i).atStartOfDay(NEW_YORK).toInstant()),
                            200 + i, 202 + i, 199 + i, 201 + i, 1000).update();
        }
        for (int k = 0; k < 5; k++) {
            minute(Instant.parse("2026-11-20T13:00:00Z").plusSeconds(60L * k), "209", "209.5", "208.5", "209.2", 5,
                    true);
        }
        for (int k = 0; k < 60; k++) {
            BigDecimal open = new BigDecimal("210").add(new BigDecimal("0.1").multiply(BigDecimal.valueOf(k)));
            minute(Instant.parse("2026-11-20T14:30:00Z").plusSeconds(60L * k), open.toPlainString(),
                    open.add(new BigDecimal("0.2")).toPlainString(), open.subtract(new BigDecimal("0.1")).toPlainString(),
                    open.add(new BigDecimal("0.05")).toPlainString(), 100, false);
        }
        member = api.client();
        member.signUpAndSignIn();
    }

    @Test
    void levelsOfAPastSessionFromTheStoredBars() throws Exception {
        JsonNode levels = ok(get("/api/v1/levels/NVDA?date=2026-11-20&pivots=camarilla"));

        assertThat(levels.get("tradingDate").asString()).isEqualTo("2026-11-20");
        assertThat(levels.get("timezone").asString()).isEqualTo("America/New_York");
        Map<String, JsonNode> byName = new java.util.HashMap<>();
        List<BigDecimal> prices = new ArrayList<>();
        levels.get("levels").forEach(level -> {
            byName.put(level.get("name").asString(), level);
            prices.add(new BigDecimal(level.get("price").toString()));
        });
        assertThat(prices).isSorted();
        // Thursday 11-19 is day 8: h 210, l 207, c 209.
        assertDecimal(byName.get("PDH").get("price"), "210");
        assertDecimal(byName.get("PDL").get("price"), "207");
        assertThat(byName.get("PDH").get("kind").asString()).isEqualTo("SUPPORT");
        assertDecimal(byName.get("PMH").get("price"), "209.5");
        assertDecimal(byName.get("PML").get("price"), "208.5");
        // First five regular minutes: highs up to 210.6, lows from 209.9.
        assertDecimal(byName.get("ORH5").get("price"), "210.6");
        assertDecimal(byName.get("ORL5").get("price"), "209.9");
        assertThat(byName.get("D.R4").get("kind").asString()).isEqualTo("PIVOT");
        // Camarilla R4 = C + 1.1 * (H - L) / 2 = 209 + 1.65.
        assertDecimal(levels.get("pivots").get("daily").get("levels").get("R4"), "210.65");
        assertDecimal(levels.get("price"), "215.95");
        assertThat(levels.get("vwap").get("bands")).hasSize(3);
    }

    @Test
    void theLevelsStreamSendsTheLevelsAtOnceAndRefusesUnknownSymbols() throws Exception {
        MvcResult stream = member.performAuthorised(get("/api/v1/levels/NVDA/stream?pivots=fibonacci"));
        assertThat(stream.getRequest().isAsyncStarted()).isTrue();
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10))
                .until(() -> stream.getResponse().getContentAsString().contains("event:levels"));
        assertThat(stream.getResponse().getContentAsString()).contains("\"symbol\":\"NVDA\"").contains("PDH");

        MvcResult unknown = member.performAuthorised(get("/api/v1/levels/NOPE/stream"));
        assertThat(unknown.getResponse().getStatus()).isEqualTo(404);
        MvcResult badPivots = member.performAuthorised(get("/api/v1/levels/NVDA/stream?pivots=lunar"));
        assertThat(badPivots.getResponse().getStatus()).isEqualTo(400);
    }

    @Test
    void otherModulesReadLevelsAndIndicatorsThroughTheFacade() {
        KeyLevels levels = analytics.levels("NVDA", Instant.parse("2026-11-20T14:40:00Z"), PivotType.TRADITIONAL);
        assertThat(levels.levels()).extracting(Level::name).contains("PDH", "PMH", "ORH5").doesNotContain("ORH15");

        IndicatorSeries series = analytics.indicators("NVDA", com.tradesense.marketdata.Interval.D1, null,
                Instant.parse("2026-11-20T05:00:00Z"), List.of("sma(3)"), Convention.STOCKCHARTS);
        assertThat(series.t()).hasSize(9);
        assertThat(series.indicators().get("sma(3)").get("sma")).containsExactly(null, null, 202.0, 203.0, 204.0,
                205.0, 206.0, 207.0, 208.0);
    }

    @Test
    void indicatorSeriesAlignWithTheBarsAndNameABadSpec() throws Exception {
        JsonNode series = ok(get("/api/v1/indicators/NVDA?interval=1d&to=2026-11-20T05:00:00Z"
                + "&indicators=rsi(2),macd,bb(3,2)"));

        assertThat(series.get("t")).hasSize(9);
        assertThat(series.get("indicators").get("rsi(2)").get("rsi").get(1).isNull()).isTrue();
        assertThat(series.get("indicators").get("rsi(2)").get("rsi").get(2).asDouble()).isEqualTo(100.0);
        assertThat(series.get("indicators").get("macd(12,26,9)").propertyNames()).containsExactly("macd", "signal",
                "histogram");

        assertRejected(get("/api/v1/indicators/NVDA?indicators=rsi(14),macd(26,12,9)"), "indicators[1]");
        assertRejected(get("/api/v1/indicators/NVDA?indicators=kama(10)"), "indicators[0]");
        assertRejected(get("/api/v1/indicators/NVDA?indicators=rsi(1)"), "indicators[0]");
        assertRejected(get("/api/v1/levels/NVDA?pivots=gann"), "pivots");
    }

    @Test
    void pivotCalculatorAnswersForAnyInputAndNamesWhatIsMissing() throws Exception {
        JsonNode woodie = api.json(member.performAuthorised(json(post("/api/v1/analytics/pivots"),
                Map.of("type", "woodie", "high", 110, "low", 100, "close", 105, "open", 106))));
        assertDecimal(woodie.get("levels").get("PP"), "105.5");
        assertDecimal(woodie.get("levels").get("R4"), "131");

        assertRejected(json(post("/api/v1/analytics/pivots"), Map.of("type", "demark", "high", 110, "low", 100,
                "close", 105)), "open");
        assertRejected(json(post("/api/v1/analytics/pivots"), Map.of("type", "traditional", "high", 90, "low", 100,
                "close", 95)), "low");
    }

    @Test
    void indicatorCalculatorRejectsMalformedBarsByIndex() throws Exception {
        List<Map<String, Object>> bars = List.of(
                Map.of("t", "2026-11-02T14:30:00Z", "o", 10, "h", 11, "l", 9, "c", 10.5, "v", 100),
                Map.of("t", "2026-11-02T14:31:00Z", "o", 10, "h", 9.5, "l", 9, "c", 10.5, "v", 100));
        assertRejected(json(post("/api/v1/analytics/indicators"), Map.of("bars", bars, "indicators",
                List.of("sma(2)"))), "bars[1].h");

        JsonNode series = api.json(member.performAuthorised(json(post("/api/v1/analytics/indicators"),
                Map.of("bars", List.of(bars.get(0), Map.of("t", "2026-11-02T14:31:00Z", "o", 10, "h", 12, "l", 9,
                        "c", 11.5, "v", 100)), "indicators", List.of("sma(2)", "vwap"), "timezone",
                        "America/New_York"))));
        assertThat(series.get("indicators").get("sma(2)").get("sma").get(1).asDouble()).isEqualTo(11.0);
        assertThat(series.get("indicators").get("vwap").get("vwap").get(1).asDouble()).isGreaterThan(10);
    }

    @Test
    void levelsCalculatorWorksOnExactlyTheBarsSentOnAnExchangesSessions() throws Exception {
        List<Map<String, Object>> bars = List.of(
                // Wednesday 11-25 regular session, then the Thanksgiving holiday, then the early-close Friday.
                Map.of("t", "2026-11-25T14:30:00Z", "o", 100, "h", 104, "l", 99, "c", 103, "v", 1000),
                Map.of("t", "2026-11-25T20:59:00Z", "o", 103, "h", 105, "l", 102, "c", 104, "v", 1000),
                Map.of("t", "2026-11-27T12:00:00Z", "o", 104, "h", 106, "l", 103.5, "c", 105, "v", 10),
                Map.of("t", "2026-11-27T14:30:00Z", "o", 105, "h", 107, "l", 104, "c", 106, "v", 1000));
        JsonNode levels = api.json(member.performAuthorised(json(post("/api/v1/analytics/levels"),
                Map.of("exchange", "NASDAQ", "asOf", "2026-11-27T15:00:00Z", "bars", bars))));

        Map<String, String> byName = new java.util.HashMap<>();
        levels.get("levels").forEach(level -> byName.put(level.get("name").asString(), level.get("price").toString()));
        assertThat(new BigDecimal(byName.get("PDH"))).isEqualByComparingTo("105");
        assertThat(new BigDecimal(byName.get("PDL"))).isEqualByComparingTo("99");
        assertThat(new BigDecimal(byName.get("PDC"))).isEqualByComparingTo("104");
        assertThat(new BigDecimal(byName.get("PMH"))).isEqualByComparingTo("106");
        assertThat(new BigDecimal(byName.get("ORH30"))).isEqualByComparingTo("107");

        assertRejected(json(post("/api/v1/analytics/levels"), Map.of("exchange", "LSE", "asOf",
                "2026-11-27T15:00:00Z", "bars", bars)), "exchange");
        assertRejected(json(post("/api/v1/analytics/levels"), Map.of("timezone", "Mars/Olympus", "asOf",
                "2026-11-27T15:00:00Z", "bars", bars)), "timezone");
    }

    private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder json(
            org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request, Object body) {
        return request.contentType(MediaType.APPLICATION_JSON).content(api.body(body));
    }

    private JsonNode ok(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request)
            throws Exception {
        MvcResult result = member.performAuthorised(request);
        assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString()).isEqualTo(200);
        return api.json(result);
    }

    private void assertRejected(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
            String field) throws Exception {
        MvcResult result = member.performAuthorised(request);
        assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString()).isEqualTo(400);
        assertThat(api.json(result).get("errors")).extracting(error -> error.get("field").asString()).contains(field);
    }

    private static void assertDecimal(JsonNode node, String expected) {
        assertThat(new BigDecimal(node.toString())).isEqualByComparingTo(expected);
    }

    private void minute(Instant t, String o, String h, String l, String c, long v, boolean extended) {
        jdbc.sql("insert into marketdata_bars_1m (symbol, t, o, h, l, c, v, extended) values (?, ?, ?, ?, ?, ?, ?, ?)")
                .params("NVDA", Timestamp.from(t), new BigDecimal(o), new BigDecimal(h), new BigDecimal(l),
                        new BigDecimal(c), v, extended).update();
    }
}

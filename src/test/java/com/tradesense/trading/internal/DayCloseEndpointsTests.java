package com.tradesense.trading.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;

import com.tradesense.TestApi;
import com.tradesense.trading.FakeMarket;
import com.tradesense.trading.TradingIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * What happens at a session close while the app is down: the engine is stopped, the stored orders and snapshot are
 * moved a week back (so at least one NYSE close passed since), and the engine starts again from the database.
 */
@TradingIntegrationTest
class DayCloseEndpointsTests {

    @Autowired
    TestApi api;
    @Autowired
    FakeMarket market;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    EnginePartitions partitions;
    @Autowired
    DayCloseSnapshots snapshots;
    @Autowired
    com.tradesense.marketdata.TradingSessions sessions;

    private JsonNode json(TestApi.Client member, String path) throws Exception {
        return api.json(member.performAuthorised(get(path)));
    }

    private JsonNode place(TestApi.Client member, String account, String timeInForce) throws Exception {
        Map<String, Object> order = new HashMap<>(Map.of("symbol", "AAPL", "side", "BUY", "type", "LIMIT",
                "qty", new BigDecimal("5"), "limitPrice", new BigDecimal("150.00"), "timeInForce", timeInForce));
        return api.json(member.performAuthorised(post("/api/v1/accounts/" + account + "/orders")
                .contentType(MediaType.APPLICATION_JSON).content(api.body(order))));
    }

    /** A USD 10,000 cash account that bought 10 of {@code symbol} at market with the price at {@code price}. */
    private String accountHolding(TestApi.Client member, String symbol, String price) throws Exception {
        market.price(symbol, price);
        String account = api.json(member.performAuthorised(post("/api/v1/accounts").contentType(MediaType.APPLICATION_JSON)
                .content(api.body(Map.of("name", "Overnight", "type", "CASH", "currency", "USD",
                        "startingBalance", new BigDecimal("10000")))))).get("id").asString();
        member.performAuthorised(post("/api/v1/accounts/" + account + "/orders").contentType(MediaType.APPLICATION_JSON)
                .content(api.body(Map.of("symbol", symbol, "side", "BUY", "type", "MARKET", "qty", new BigDecimal("10")))));
        return account;
    }

    @Test
    void dayOrdersWhoseCloseWentByWhileDownExpireAtStartUpAndTheMissedSnapshotIsTaken() throws Exception {
        TestApi.Client member = api.client();
        member.signUpAndSignIn();
        String account = accountHolding(member, "AAPL", "200.00");
        String day = place(member, account, "DAY").get("id").asString();
        String gtc = place(member, account, "GTC").get("id").asString();

        partitions.stop();
        jdbc.sql("update trading_orders set created_at = created_at - interval '7 days' where account_id = ?::uuid")
                .param(account).update();
        jdbc.sql("update trading_accounts set last_equity = 1, last_equity_at = last_equity_at - interval '7 days' "
                + "where id = ?::uuid").param(account).update();
        market.price("AAPL", "210.00");
        partitions.start();

        assertThat(json(member, "/api/v1/accounts/" + account + "/orders/" + day).get("status").asString())
                .isEqualTo("EXPIRED");
        assertThat(json(member, "/api/v1/accounts/" + account + "/orders/" + gtc).get("status").asString())
                .isEqualTo("ACCEPTED");

        snapshots.snapshot();
        partitions.gather((engine, changes) -> null);

        JsonNode values = json(member, "/api/v1/accounts/" + account);
        // cash 7998.80 after buying 10 at 200.02 with the 1.00 minimum commission, plus 10 x 210.00
        assertThat(values.get("equity").decimalValue()).isEqualByComparingTo("10098.80");
        assertThat(values.get("lastEquity").decimalValue()).isEqualByComparingTo("10098.80");
        assertThat(values.get("dayPnl").decimalValue()).isEqualByComparingTo("0");
        assertThat(jdbc.sql("select last_equity from trading_accounts where id = ?::uuid").param(account)
                .query(BigDecimal.class).single()).isEqualByComparingTo("10098.80");
        // only the GTC order holds buying power now: 5 x 150 + the 1.00 minimum commission
        assertThat(values.get("buyingPower").decimalValue()).isEqualByComparingTo("7247.80");
    }

    @Test
    void aPositionHeldSinceBeforeTheTradingDayEarnsTheDaysMoveAgainstThePreviousClose() throws Exception {
        TestApi.Client member = api.client();
        member.signUpAndSignIn();
        String account = accountHolding(member, "MSFT", "400.00");
        JsonNode today = json(member, "/api/v1/accounts/" + account + "/positions").get(0);
        // bought today: the day's P&L is what it made since the fill, its unrealized P&L
        assertThat(today.get("dayPnl").decimalValue()).isEqualByComparingTo(today.get("unrealizedPnl").decimalValue());

        partitions.stop();
        jdbc.sql("update trading_positions set opened_at = opened_at - interval '7 days' where account_id = ?::uuid")
                .param(account).update();
        partitions.start();
        market.previousClose("MSFT", "405.00");
        market.price("MSFT", "410.00");

        JsonNode held = json(member, "/api/v1/accounts/" + account + "/positions").get(0);
        // held overnight: 10 x (410.00 - 405.00), against 10 x (410.00 - 400.02) unrealized since the entry
        assertThat(held.get("dayPnl").decimalValue()).isEqualByComparingTo("50.00");
        assertThat(held.get("unrealizedPnl").decimalValue()).isEqualByComparingTo("99.80");
    }

    @Test
    void eachCurrencyFollowsTheLatestCloseOfItsExchangeByTheInjectedClock() {
        // Tuesday 2026-03-03 12:00Z: New York has not closed yet today, Casablanca (15:30 local, UTC+1 then) neither
        Clock tuesdayNoon = Clock.fixed(Instant.parse("2026-03-03T12:00:00Z"), ZoneOffset.UTC);
        DayCloseSnapshots atNoon = new DayCloseSnapshots(partitions, sessions, null, tuesdayNoon);

        Map<String, Instant> closes = atNoon.latestCloses();

        assertThat(closes.get("USD")).isEqualTo(Instant.parse("2026-03-02T21:00:00Z"));
        assertThat(closes.get("MAD")).isBefore(Instant.parse("2026-03-03T00:00:00Z"))
                .isAfter(Instant.parse("2026-03-02T12:00:00Z"));
        Clock tuesdayLate = Clock.fixed(Instant.parse("2026-03-03T21:00:00Z").plus(1, ChronoUnit.SECONDS), ZoneOffset.UTC);
        assertThat(new DayCloseSnapshots(partitions, sessions, null, tuesdayLate).latestCloses().get("USD"))
                .isEqualTo(Instant.parse("2026-03-03T21:00:00Z"));
    }
}

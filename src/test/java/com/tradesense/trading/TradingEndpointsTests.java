package com.tradesense.trading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import com.tradesense.TestApi;
import com.tradesense.marketdata.SessionPhase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;

/**
 * The trading API end to end over a hand-set market. Fee arithmetic follows the default schedule: stocks USD 0.005
 * per share with a USD 1.00 minimum (Interactive Brokers fixed pricing,
 * https://www.interactivebrokers.com/en/pricing/commissions-stocks.php), SEC fee USD 27.80 per million sold
 * (https://www.sec.gov/rules-regulations/fee-rate-advisories/2024-2) and FINRA TAF USD 0.000166 per share sold
 * (https://www.finra.org/rules-guidance/guidance/trading-activity-fee).
 */
@TradingIntegrationTest
class TradingEndpointsTests {

    @Autowired
    TestApi api;
    @Autowired
    FakeMarket market;
    @Autowired
    FakeMarket.TradingEvents events;
    @Autowired
    JdbcClient jdbc;

    TestApi.Client member;

    @BeforeEach
    void signIn() throws Exception {
        member = api.client();
        member.signUpAndSignIn();
        market.price("AAPL", "200.00");
    }

    String openAccount(String type, String balance) throws Exception {
        MvcResult result = send("/api/v1/accounts", Map.of("name", "Practice", "type", type, "currency", "USD",
                "startingBalance", new BigDecimal(balance)), null);
        assertThat(result.getResponse().getStatus()).isEqualTo(201);
        return api.json(result).get("id").asString();
    }

    MvcResult send(String path, Object body, String idempotencyKey) throws Exception {
        var request = org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(path)
                .contentType(MediaType.APPLICATION_JSON).content(api.body(body));
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        return member.performAuthorised(request);
    }

    JsonNode getJson(String path) throws Exception {
        MvcResult result = member.performAuthorised(get(path));
        assertThat(result.getResponse().getStatus()).as(path).isEqualTo(200);
        return api.json(result);
    }

    static Map<String, Object> order(String symbol, String side, String type, String qty) {
        Map<String, Object> order = new HashMap<>();
        order.put("symbol", symbol);
        order.put("side", side);
        order.put("type", type);
        order.put("qty", new BigDecimal(qty));
        return order;
    }

    @Test
    void opensAnAccountFundedByOneDepositEntry() throws Exception {
        String id = openAccount("CASH", "10000");
        JsonNode account = getJson("/api/v1/accounts/" + id);
        assertThat(account.get("cash").decimalValue()).isEqualByComparingTo("10000");
        assertThat(account.get("equity").decimalValue()).isEqualByComparingTo("10000");
        assertThat(account.get("buyingPower").decimalValue()).isEqualByComparingTo("10000");
        JsonNode activities = getJson("/api/v1/accounts/" + id + "/activities");
        assertThat(activities.get("totalItems").asInt()).isEqualTo(1);
        assertThat(activities.get("items").get(0).get("kind").asString()).isEqualTo("DEPOSIT");
        assertThat(getJson("/api/v1/accounts").get(0).get("id").asString()).isEqualTo(id);
    }

    @Test
    void marketBuyFillsAtTheAskAndClosingRealizesThePnlToTheCent() throws Exception {
        String id = openAccount("CASH", "10000");
        MvcResult bought = send("/api/v1/accounts/" + id + "/orders", order("AAPL", "BUY", "MARKET", "10"), null);
        assertThat(bought.getResponse().getStatus()).isEqualTo(201);
        JsonNode buy = api.json(bought);
        assertThat(buy.get("status").asString()).isEqualTo("FILLED");
        // ask 200.01 plus 5 bps x 10/1000 of the displayed size, rounded up to the tick
        assertThat(buy.get("avgFillPrice").decimalValue()).isEqualByComparingTo("200.02");
        JsonNode account = getJson("/api/v1/accounts/" + id);
        assertThat(account.get("cash").decimalValue()).isEqualByComparingTo("7998.80"); // 2000.20 + 1.00 minimum
        assertThat(account.get("feesPaid").decimalValue()).isEqualByComparingTo("1.00");

        market.price("AAPL", "210.00");
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(
                getJson("/api/v1/accounts/" + id + "/positions").get(0).get("unrealizedPnl").decimalValue())
                .isEqualByComparingTo("99.80"));
        JsonNode position = getJson("/api/v1/accounts/" + id + "/positions").get(0);
        assertThat(position.get("qty").decimalValue()).isEqualByComparingTo("10");
        assertThat(position.get("avgEntryPrice").decimalValue()).isEqualByComparingTo("200.02");
        assertThat(position.get("side").asString()).isEqualTo("LONG");

        MvcResult closed = member.performAuthorised(post("/api/v1/accounts/" + id + "/positions/AAPL/close"));
        assertThat(closed.getResponse().getStatus()).isEqualTo(200);
        assertThat(api.json(closed).get("avgFillPrice").decimalValue()).isEqualByComparingTo("209.98");
        account = getJson("/api/v1/accounts/" + id);
        // sold 2099.80; commission 1.00; SEC 2099.80 x 0.0000278 = 0.0584 plus TAF 10 x 0.000166 -> 0.06
        assertThat(account.get("cash").decimalValue()).isEqualByComparingTo("10097.54");
        assertThat(account.get("realizedPnl").decimalValue()).isEqualByComparingTo("99.60");
        assertThat(account.get("feesPaid").decimalValue()).isEqualByComparingTo("2.06");
        assertThat(account.get("openPositions").asInt()).isZero();
        assertThat(ledgerSum(id)).isEqualByComparingTo("10097.54");
        assertThat(events.events).anySatisfy(event -> assertThat(event).isInstanceOfSatisfying(PositionClosed.class,
                closedEvent -> {
                    assertThat(closedEvent.accountId().toString()).isEqualTo(id);
                    assertThat(closedEvent.roundTrip().realizedPnl()).isEqualByComparingTo("99.60");
                    assertThat(closedEvent.roundTrip().fees()).isEqualByComparingTo("2.06");
                }));
        JsonNode portfolio = getJson("/api/v1/accounts/" + id + "/portfolio");
        assertThat(portfolio.get("performance").get("wins").asInt()).isEqualTo(1);
        assertThat(portfolio.get("performance").get("netPnl").decimalValue()).isEqualByComparingTo("97.54");
        assertThat(getJson("/api/v1/accounts/" + id + "/fills").get("totalItems").asInt()).isEqualTo(2);
        JsonNode trades = getJson("/api/v1/accounts/" + id + "/trades");
        assertThat(trades.get("totalItems").asInt()).isEqualTo(1);
        JsonNode trade = trades.get("items").get(0);
        assertThat(trade.get("symbol").asString()).isEqualTo("AAPL");
        assertThat(trade.get("side").asString()).isEqualTo("LONG");
        assertThat(trade.get("avgEntryPrice").decimalValue()).isEqualByComparingTo("200.02");
        assertThat(trade.get("avgExitPrice").decimalValue()).isEqualByComparingTo("209.98");
        assertThat(trade.get("realizedPnl").decimalValue()).isEqualByComparingTo("99.60");
        assertThat(trade.get("netPnl").decimalValue()).isEqualByComparingTo("97.54");
        assertThat(getJson("/api/v1/accounts/" + id + "/trades?symbol=MSFT").get("totalItems").asInt()).isZero();
    }

    @Test
    void rejectsAnOrderBeyondBuyingPowerAndKeepsItAsRejected() throws Exception {
        String id = openAccount("CASH", "1000");
        MvcResult result = send("/api/v1/accounts/" + id + "/orders", order("AAPL", "BUY", "MARKET", "10"), null);
        assertThat(result.getResponse().getStatus()).isEqualTo(422);
        assertThat(api.json(result).get("code").asString()).isEqualTo("INSUFFICIENT_BUYING_POWER");
        JsonNode rejected = getJson("/api/v1/accounts/" + id + "/orders?status=REJECTED");
        assertThat(rejected.get("totalItems").asInt()).isEqualTo(1);
        assertThat(getJson("/api/v1/accounts/" + id).get("cash").decimalValue()).isEqualByComparingTo("1000");
    }

    @Test
    void refusesMalformedOrdersNamingTheField() throws Exception {
        String id = openAccount("CASH", "10000");
        String path = "/api/v1/accounts/" + id + "/orders";
        assertProblem(send(path, order("NOPE", "BUY", "MARKET", "1"), null), 400, "symbol");
        assertProblem(send(path, order("AAPL", "BUY", "MARKET", "0"), null), 400, "qty");
        Map<String, Object> offTick = order("AAPL", "BUY", "LIMIT", "1");
        offTick.put("limitPrice", new BigDecimal("199.999"));
        assertProblem(send(path, offTick, null), 400, "limitPrice");
        Map<String, Object> stopBelow = order("AAPL", "BUY", "STOP", "1");
        stopBelow.put("stopPrice", new BigDecimal("190"));
        assertProblem(send(path, stopBelow, null), 422, "stopPrice");
        Map<String, Object> bracket = order("AAPL", "BUY", "MARKET", "1");
        bracket.put("orderClass", "BRACKET");
        bracket.put("takeProfit", Map.of("limitPrice", new BigDecimal("190")));
        bracket.put("stopLoss", Map.of("stopPrice", new BigDecimal("180")));
        assertProblem(send(path, bracket, null), 422, "takeProfit.limitPrice");
        assertProblem(send(path, order("AAPL", "SELL", "MARKET", "1"), null), 422, null);
    }

    void assertProblem(MvcResult result, int status, String field) throws Exception {
        assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString()).isEqualTo(status);
        if (field != null) {
            assertThat(api.json(result).get("errors").get(0).get("field").asString()).isEqualTo(field);
        }
    }

    @Test
    void anotherMembersAccountIsNotFound() throws Exception {
        String id = openAccount("CASH", "10000");
        TestApi.Client other = api.client();
        other.signUpAndSignIn();
        assertThat(other.performAuthorised(get("/api/v1/accounts/" + id)).getResponse().getStatus()).isEqualTo(404);
        assertThat(other.performAuthorised(get("/api/v1/accounts/" + id + "/orders")).getResponse().getStatus())
                .isEqualTo(404);
        assertThat(other.performAuthorised(get("/api/v1/accounts/" + UUID.randomUUID())).getResponse().getStatus())
                .isEqualTo(404);
    }

    @Test
    void aRepeatedIdempotencyKeyOrClientOrderIdReturnsTheOriginalOrder() throws Exception {
        String id = openAccount("CASH", "10000");
        String path = "/api/v1/accounts/" + id + "/orders";
        String first = api.json(send(path, order("AAPL", "BUY", "MARKET", "1"), "key-1")).get("id").asString();
        String again = api.json(send(path, order("AAPL", "BUY", "MARKET", "1"), "key-1")).get("id").asString();
        assertThat(again).isEqualTo(first);
        Map<String, Object> withClientId = order("AAPL", "BUY", "MARKET", "1");
        withClientId.put("clientOrderId", "mine-1");
        String third = api.json(send(path, withClientId, null)).get("id").asString();
        assertThat(api.json(send(path, withClientId, null)).get("id").asString()).isEqualTo(third);
        assertThat(getJson(path).get("totalItems").asInt()).isEqualTo(2);
        assertThat(getJson("/api/v1/accounts/" + id + "/positions").get(0).get("qty").decimalValue())
                .isEqualByComparingTo("2");
    }

    @Test
    void aRestingLimitOrderFillsWhenThePriceComesToIt() throws Exception {
        String id = openAccount("CASH", "10000");
        Map<String, Object> limit = order("AAPL", "BUY", "LIMIT", "5");
        limit.put("limitPrice", new BigDecimal("195.00"));
        limit.put("timeInForce", "GTC");
        JsonNode placed = api.json(send("/api/v1/accounts/" + id + "/orders", limit, null));
        assertThat(placed.get("status").asString()).isEqualTo("ACCEPTED");
        // 5 x 195 + fee 1.00 held
        assertThat(getJson("/api/v1/accounts/" + id).get("buyingPower").decimalValue()).isEqualByComparingTo("9024.00");
        market.price("AAPL", "194.50");
        String orderPath = "/api/v1/accounts/" + id + "/orders/" + placed.get("id").asString();
        await().atMost(Duration.ofSeconds(5)).until(() -> getJson(orderPath).get("status").asString().equals("FILLED"));
        assertThat(getJson(orderPath).get("avgFillPrice").decimalValue()).isEqualByComparingTo("194.52"); // ask 194.51 + impact, up to the tick
        assertThat(ledgerSum(id)).isEqualByComparingTo(getJson("/api/v1/accounts/" + id).get("cash").decimalValue());
    }

    @Test
    void cancelReleasesTheReservationAndReplaceKeepsTheHistory() throws Exception {
        String id = openAccount("CASH", "10000");
        Map<String, Object> limit = order("AAPL", "BUY", "LIMIT", "5");
        limit.put("limitPrice", new BigDecimal("150.00"));
        String orderId = api.json(send("/api/v1/accounts/" + id + "/orders", limit, null)).get("id").asString();
        MvcResult replaced = member.performAuthorised(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .patch("/api/v1/accounts/" + id + "/orders/" + orderId).contentType(MediaType.APPLICATION_JSON)
                .content(api.body(Map.of("limitPrice", new BigDecimal("160.00")))));
        assertThat(replaced.getResponse().getStatus()).isEqualTo(200);
        JsonNode replacement = api.json(replaced);
        assertThat(replacement.get("replaces").asString()).isEqualTo(orderId);
        assertThat(getJson("/api/v1/accounts/" + id + "/orders/" + orderId).get("status").asString())
                .isEqualTo("REPLACED");
        // only the replacement holds buying power: 5 x 160 + the 1.00 minimum commission
        assertThat(getJson("/api/v1/accounts/" + id).get("buyingPower").decimalValue()).isEqualByComparingTo("9199.00");
        MvcResult canceled = member.performAuthorised(delete("/api/v1/accounts/" + id + "/orders/"
                + replacement.get("id").asString()));
        assertThat(api.json(canceled).get("status").asString()).isEqualTo("CANCELED");
        assertThat(getJson("/api/v1/accounts/" + id).get("buyingPower").decimalValue()).isEqualByComparingTo("10000");
    }

    @Test
    void previewShowsCostFeesAndBuyingPowerWithoutPlacing() throws Exception {
        String id = openAccount("CASH", "10000");
        JsonNode preview = api.json(send("/api/v1/accounts/" + id + "/orders/preview",
                order("AAPL", "BUY", "MARKET", "10"), null));
        assertThat(preview.get("estimatedPrice").decimalValue()).isEqualByComparingTo("200.02");
        assertThat(preview.get("commission").decimalValue()).isEqualByComparingTo("1.00");
        assertThat(preview.get("estimatedCashImpact").decimalValue()).isEqualByComparingTo("-2001.20");
        assertThat(preview.get("buyingPowerAvailable").decimalValue()).isEqualByComparingTo("10000");
        assertThat(preview.has("rejectReason")).isFalse();
        assertThat(getJson("/api/v1/accounts/" + id + "/orders").get("totalItems").asInt()).isZero();
    }

    @Test
    void marginAccountsShortShortableStocksAndCloseAllBuysThemBack() throws Exception {
        String id = openAccount("MARGIN", "10000");
        JsonNode shortSale = api.json(send("/api/v1/accounts/" + id + "/orders", order("AAPL", "SELL", "MARKET", "10"),
                null));
        assertThat(shortSale.get("status").asString()).isEqualTo("FILLED");
        JsonNode position = getJson("/api/v1/accounts/" + id + "/positions").get(0);
        assertThat(position.get("side").asString()).isEqualTo("SHORT");
        MvcResult closed = member.performAuthorised(post("/api/v1/accounts/" + id + "/positions/close-all"));
        assertThat(api.json(closed).get(0).get("status").asString()).isEqualTo("FILLED");
        assertThat(getJson("/api/v1/accounts/" + id + "/positions").size()).isZero();
        assertThat(ledgerSum(id)).isEqualByComparingTo(getJson("/api/v1/accounts/" + id).get("cash").decimalValue());
    }

    @Test
    void marketOrdersAreRefusedWhileTheMarketIsClosed() throws Exception {
        String id = openAccount("CASH", "10000");
        market.price("SPY", "600.00", "599.99", "600.01", SessionPhase.CLOSED);
        MvcResult result = send("/api/v1/accounts/" + id + "/orders", order("SPY", "BUY", "MARKET", "1"), null);
        assertThat(result.getResponse().getStatus()).isEqualTo(422);
        assertThat(api.json(result).get("code").asString()).isEqualTo("MARKET_CLOSED");
    }

    @Test
    void resetReturnsToTheStartingBalanceAndKeepsHistory() throws Exception {
        String id = openAccount("CASH", "10000");
        send("/api/v1/accounts/" + id + "/orders", order("AAPL", "BUY", "MARKET", "3"), null);
        JsonNode reset = api.json(member.performAuthorised(post("/api/v1/accounts/" + id + "/reset")));
        assertThat(reset.get("cash").decimalValue()).isEqualByComparingTo("10000");
        assertThat(reset.get("openPositions").asInt()).isZero();
        assertThat(getJson("/api/v1/accounts/" + id + "/activities?type=RESET").get("totalItems").asInt()).isEqualTo(1);
        assertThat(getJson("/api/v1/accounts/" + id + "/orders").get("totalItems").asInt()).isEqualTo(1);
        assertThat(ledgerSum(id)).isEqualByComparingTo("10000");
    }

    MvcResult patch(String path, Object body) throws Exception {
        return member.performAuthorised(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch(path)
                .contentType(MediaType.APPLICATION_JSON).content(api.body(body)));
    }

    @Test
    void closesAPositionPartlyThenFullyCancellingItsOpenOrders() throws Exception {
        String id = openAccount("CASH", "10000");
        send("/api/v1/accounts/" + id + "/orders", order("AAPL", "BUY", "MARKET", "10"), null);
        MvcResult partly = member.performAuthorised(post("/api/v1/accounts/" + id + "/positions/AAPL/close?qty=4"));
        assertThat(api.json(partly).get("status").asString()).isEqualTo("FILLED");
        assertThat(api.json(partly).get("qty").decimalValue()).isEqualByComparingTo("4");
        assertThat(getJson("/api/v1/accounts/" + id + "/positions").get(0).get("qty").decimalValue())
                .isEqualByComparingTo("6");
        assertProblem(member.performAuthorised(post("/api/v1/accounts/" + id + "/positions/AAPL/close?qty=7")), 400,
                "qty");
        Map<String, Object> resting = order("AAPL", "SELL", "LIMIT", "6");
        resting.put("limitPrice", new BigDecimal("250.00"));
        resting.put("timeInForce", "GTC");
        String restingId = api.json(send("/api/v1/accounts/" + id + "/orders", resting, null)).get("id").asString();

        MvcResult fully = member.performAuthorised(post("/api/v1/accounts/" + id + "/positions/AAPL/close"));

        assertThat(api.json(fully).get("qty").decimalValue()).isEqualByComparingTo("6");
        assertThat(getJson("/api/v1/accounts/" + id + "/orders/" + restingId).get("status").asString())
                .isEqualTo("CANCELED");
        assertThat(getJson("/api/v1/accounts/" + id + "/positions").size()).isZero();
        assertThat(member.performAuthorised(post("/api/v1/accounts/" + id + "/positions/AAPL/close")).getResponse()
                .getStatus()).isEqualTo(404);
        assertThat(ledgerSum(id)).isEqualByComparingTo(getJson("/api/v1/accounts/" + id).get("cash").decimalValue());
    }

    @Test
    void ordersOfABracketCannotBeReplacedAndTheProblemSaysSo() throws Exception {
        String id = openAccount("CASH", "10000");
        Map<String, Object> bracket = order("AAPL", "BUY", "MARKET", "5");
        bracket.put("orderClass", "BRACKET");
        bracket.put("timeInForce", "GTC");
        bracket.put("takeProfit", Map.of("limitPrice", new BigDecimal("220.00")));
        bracket.put("stopLoss", Map.of("stopPrice", new BigDecimal("180.00")));
        String entry = api.json(send("/api/v1/accounts/" + id + "/orders", bracket, null)).get("id").asString();
        JsonNode legs = getJson("/api/v1/accounts/" + id + "/orders?status=open");
        assertThat(legs.get("totalItems").asInt()).isEqualTo(2);
        String stopLoss = null;
        for (JsonNode leg : legs.get("items")) {
            assertThat(leg.get("parentId").asString()).isEqualTo(entry);
            assertThat(leg.get("status").asString()).isEqualTo("ACCEPTED");
            if (leg.get("leg").asString().equals("STOP_LOSS")) {
                stopLoss = leg.get("id").asString();
            }
        }

        MvcResult refused = patch("/api/v1/accounts/" + id + "/orders/" + stopLoss,
                Map.of("stopPrice", new BigDecimal("190.00")));

        assertThat(refused.getResponse().getStatus()).isEqualTo(422);
        assertThat(api.json(refused).get("code").asString()).isEqualTo("REPLACE_NOT_SUPPORTED");
        assertThat(api.json(refused).get("errors").get(0).get("field").asString()).isEqualTo("orderClass");
        assertThat(getJson("/api/v1/accounts/" + id + "/orders/" + stopLoss).get("status").asString())
                .isEqualTo("ACCEPTED");
    }

    @Test
    void extendedHoursLimitOrdersFillBeforeTheOpenWhileMarketOrdersAreRefused() throws Exception {
        String id = openAccount("CASH", "10000");
        market.price("MSFT", "480.00", "479.99", "480.01", SessionPhase.PRE_MARKET);
        String path = "/api/v1/accounts/" + id + "/orders";
        MvcResult marketOrder = send(path, order("MSFT", "BUY", "MARKET", "1"), null);
        assertThat(api.json(marketOrder).get("code").asString()).isEqualTo("MARKET_CLOSED");
        Map<String, Object> plain = order("MSFT", "BUY", "LIMIT", "1");
        plain.put("limitPrice", new BigDecimal("481.00"));
        assertThat(api.json(send(path, plain, null)).get("status").asString()).isEqualTo("ACCEPTED");
        Map<String, Object> extended = order("MSFT", "BUY", "LIMIT", "1");
        extended.put("limitPrice", new BigDecimal("481.00"));
        extended.put("extendedHours", true);
        assertThat(api.json(send(path, extended, null)).get("status").asString()).isEqualTo("FILLED");
    }

    @Test
    void cryptoTakesFractionsWhileWholeShareStocksRefuseThem() throws Exception {
        String usd = openAccount("CASH", "100000");
        market.price("BTC-USD", "60000.00");
        JsonNode coin = api.json(send("/api/v1/accounts/" + usd + "/orders", order("BTC-USD", "BUY", "MARKET",
                "0.0005"), null));
        assertThat(coin.get("status").asString()).isEqualTo("FILLED");
        assertThat(coin.get("filledQty").decimalValue()).isEqualByComparingTo("0.0005");

        MvcResult opened = send("/api/v1/accounts", Map.of("name", "Casablanca", "type", "CASH", "currency", "MAD",
                "startingBalance", new BigDecimal("100000")), null);
        String mad = api.json(opened).get("id").asString();
        market.price("ATW", "700.00");
        assertProblem(send("/api/v1/accounts/" + mad + "/orders", order("ATW", "BUY", "MARKET", "1.5"), null), 400,
                "qty");
    }

    @Test
    void aPositionBeyondTheConfiguredLimitIsRejectedWithPositionLimit() throws Exception {
        String id = openAccount("MARGIN", "2000000");
        // 30,000 x about 200 = 6,000,000, above the default USD 5,000,000 limit but within 4x intraday buying power
        MvcResult result = send("/api/v1/accounts/" + id + "/orders", order("AAPL", "BUY", "MARKET", "30000"), null);
        assertThat(result.getResponse().getStatus()).isEqualTo(422);
        assertThat(api.json(result).get("code").asString()).isEqualTo("POSITION_LIMIT");
    }

    BigDecimal ledgerSum(String accountId) {
        return jdbc.sql("select sum(amount) from trading_ledger where account_id = ?::uuid").param(accountId)
                .query(BigDecimal.class).single();
    }
}

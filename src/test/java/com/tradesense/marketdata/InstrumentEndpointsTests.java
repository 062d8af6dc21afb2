package com.tradesense.marketdata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import com.tradesense.IntegrationTest;
import com.tradesense.TestApi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;

@IntegrationTest
class InstrumentEndpointsTests {

    @Autowired
    TestApi api;

    TestApi.Client member;

    @BeforeEach
    void signIn() throws Exception {
        member = api.client();
        member.signUpAndSignIn();
    }

    @Test
    void searchFindsAMistypedTickerAndPagesTheResult() throws Exception {
        JsonNode page = api.json(member.performAuthorised(get("/api/v1/market/instruments?q=APPL&size=5")));

        assertThat(symbols(page)).contains("AAPL");
        assertThat(page.get("page").asInt()).isZero();
        assertThat(page.get("size").asInt()).isEqualTo(5);
        assertThat(page.get("totalItems").asLong()).isGreaterThanOrEqualTo(1);
    }

    @Test
    void searchFiltersByAssetClassAndExchange() throws Exception {
        JsonNode crypto = api.json(member.performAuthorised(get("/api/v1/market/instruments?assetClass=CRYPTO")));
        JsonNode casablanca = api.json(member.performAuthorised(get("/api/v1/market/instruments?exchange=BVC&size=200")));

        assertThat(crypto.get("items")).allMatch(item -> item.get("assetClass").asString().equals("CRYPTO"));
        assertThat(casablanca.get("totalItems").asLong()).isGreaterThanOrEqualTo(10);
        assertThat(symbols(casablanca)).contains("ATW", "IAM");
    }

    @Test
    void badQueryParametersAnswer400NamingTheParameter() throws Exception {
        MvcResult assetClass = member.performAuthorised(get("/api/v1/market/instruments?assetClass=BONDS"));
        MvcResult exchange = member.performAuthorised(get("/api/v1/market/instruments?exchange=LSE"));
        MvcResult size = member.performAuthorised(get("/api/v1/market/instruments?size=1000"));

        assertThat(assetClass.getResponse().getStatus()).isEqualTo(400);
        assertThat(api.json(assetClass).get("errors").get(0).get("field").asString()).isEqualTo("assetClass");
        assertThat(exchange.getResponse().getStatus()).isEqualTo(400);
        assertThat(api.json(exchange).get("errors").get(0).get("field").asString()).isEqualTo("exchange");
        assertThat(api.json(size).get("errors").get(0).get("field").asString()).isEqualTo("size");
    }

    @Test
    void instrumentBySymbolWithPlainDecimalsAndFxSymbolsWrittenWithADash() throws Exception {
        MvcResult bitcoin = member.performAuthorised(get("/api/v1/market/instruments/btc-usd"));
        JsonNode euro = api.json(member.performAuthorised(get("/api/v1/market/instruments/EUR-USD")));

        assertThat(bitcoin.getResponse().getStatus()).isEqualTo(200);
        assertThat(bitcoin.getResponse().getContentAsString()).contains("\"lotSize\":0.00000001");
        assertThat(api.json(bitcoin).get("calendar").asString()).isEqualTo("24x7");
        assertThat(euro.get("symbol").asString()).isEqualTo("EUR/USD");
        assertThat(euro.get("currency").asString()).isEqualTo("USD");
    }

    @Test
    void unknownSymbolIsA404Problem() throws Exception {
        MvcResult result = member.performAuthorised(get("/api/v1/market/instruments/NOPE"));

        assertThat(result.getResponse().getStatus()).isEqualTo(404);
        assertThat(result.getResponse().getContentType()).startsWith("application/problem+json");
        assertThat(api.json(result).get("code").asString()).isEqualTo("INSTRUMENT_NOT_FOUND");
    }

    @Test
    void marketStatusListsEveryExchangeWithItsSession() throws Exception {
        JsonNode statuses = api.json(member.performAuthorised(get("/api/v1/market/status")));

        List<String> exchanges = new ArrayList<>();
        statuses.forEach(status -> exchanges.add(status.get("exchange").asString()));
        assertThat(exchanges).containsExactly("NYSE", "NASDAQ", "BVC", "CRYPTO", "FX", "COMEX", "NYMEX");
        JsonNode nyse = statuses.get(0);
        assertThat(nyse.get("session").asString()).isIn("PRE_MARKET", "OPEN", "AFTER_HOURS", "CLOSED");
        assertThat(nyse.get("isHoliday").isBoolean()).isTrue();
        assertThat(nyse.get("earlyClose").isBoolean()).isTrue();
        assertThat(nyse.get("nextOpen").asString()).endsWith("Z");
        assertThat(nyse.get("nextClose").asString()).endsWith("Z");
        assertThat(nyse.get("timezone").asString()).isEqualTo("America/New_York");
        assertThat(nyse.get("tradingDate").asString()).matches("\\d{4}-\\d{2}-\\d{2}");
        assertThat(statuses.get(3).get("session").asString()).isEqualTo("OPEN");
    }

    @Test
    void marketEndpointsNeedASignedInUser() throws Exception {
        assertThat(api.client().perform(get("/api/v1/market/status")).getResponse().getStatus()).isEqualTo(401);
    }

    @Test
    void adminAddsAnInstrumentOnceAndCanDisableAndReEnableIt() throws Exception {
        TestApi.Client admin = api.client().signInAsAdmin();
        String symbol = "ZZ" + ThreadLocalRandom.current().nextInt(100_000, 999_999);

        MvcResult created = admin.performAuthorised(json(post("/api/v1/admin/instruments"), TestListings.newStock(symbol)));
        MvcResult duplicate = admin.performAuthorised(json(post("/api/v1/admin/instruments"), TestListings.newStock(symbol)));

        assertThat(created.getResponse().getStatus()).isEqualTo(201);
        assertThat(api.json(created).get("enabled").asBoolean()).isTrue();
        assertThat(duplicate.getResponse().getStatus()).isEqualTo(409);
        assertThat(api.json(duplicate).get("code").asString()).isEqualTo("INSTRUMENT_EXISTS");
        assertThat(symbols(api.json(member.performAuthorised(get("/api/v1/market/instruments?q=" + symbol)))))
                .containsExactly(symbol);

        MvcResult disabled = admin.performAuthorised(json(patch("/api/v1/admin/instruments/" + symbol),
                Map.of("enabled", false)));

        assertThat(api.json(disabled).get("enabled").asBoolean()).isFalse();
        assertThat(symbols(api.json(member.performAuthorised(get("/api/v1/market/instruments?q=" + symbol)))))
                .isEmpty();
        assertThat(api.json(member.performAuthorised(get("/api/v1/market/instruments/" + symbol)))
                .get("enabled").asBoolean()).isFalse();

        admin.performAuthorised(json(patch("/api/v1/admin/instruments/" + symbol), Map.of("enabled", true)));
        assertThat(symbols(api.json(member.performAuthorised(get("/api/v1/market/instruments?q=" + symbol)))))
                .containsExactly(symbol);
    }

    @Test
    void adminCreateRejectsAnInvalidDefinitionNamingEachField() throws Exception {
        TestApi.Client admin = api.client().signInAsAdmin();
        Map<String, Object> body = TestListings.newStock("ZZBAD1");
        body.put("calendar", "XPAR");
        body.put("tickSize", 0);
        body.put("isin", "US0378331006");

        MvcResult result = admin.performAuthorised(json(post("/api/v1/admin/instruments"), body));

        assertThat(result.getResponse().getStatus()).isEqualTo(400);
        List<String> fields = new ArrayList<>();
        api.json(result).get("errors").forEach(error -> fields.add(error.get("field").asString()));
        assertThat(fields).containsExactlyInAnyOrder("calendar", "tickSize", "isin");
    }

    @Test
    void disablingAnUnknownSymbolIsA404() throws Exception {
        TestApi.Client admin = api.client().signInAsAdmin();

        MvcResult result = admin.performAuthorised(json(patch("/api/v1/admin/instruments/NOPE"),
                Map.of("enabled", false)));

        assertThat(result.getResponse().getStatus()).isEqualTo(404);
    }

    @Test
    void membersMayNotChangeTheCatalog() throws Exception {
        MvcResult create = member.performAuthorised(json(post("/api/v1/admin/instruments"), TestListings.newStock("ZZMEMB")));
        MvcResult disable = member.performAuthorised(json(patch("/api/v1/admin/instruments/AAPL"),
                Map.of("enabled", false)));

        assertThat(create.getResponse().getStatus()).isEqualTo(403);
        assertThat(disable.getResponse().getStatus()).isEqualTo(403);
        assertThat(api.json(member.performAuthorised(get("/api/v1/market/instruments/AAPL"))).get("enabled")
                .asBoolean()).isTrue();
    }

    private MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, Object body) {
        return request.contentType(MediaType.APPLICATION_JSON).content(api.body(body));
    }

    private static List<String> symbols(JsonNode page) {
        List<String> symbols = new ArrayList<>();
        page.get("items").forEach(item -> symbols.add(item.get("symbol").asString()));
        return symbols;
    }
}

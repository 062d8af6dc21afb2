package com.tradesense.marketdata;

import com.tradesense.IntegrationTest;
import com.tradesense.TestApi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

@IntegrationTest
class WatchlistTests {

    @Autowired
    TestApi api;

    TestApi.Client member;

    @BeforeEach
    void signIn() throws Exception {
        member = api.client();
        member.signUpAndSignIn();
    }

    @Test
    void membersAddAndRemoveSymbolsInTheirOwnOrder() throws Exception {
        assertThat(symbols(member.performAuthorised(get("/api/v1/watchlist")))).isEmpty();
        member.performAuthorised(put("/api/v1/watchlist/nvda"));
        member.performAuthorised(put("/api/v1/watchlist/EUR-USD"));
        member.performAuthorised(put("/api/v1/watchlist/BTC-USD"));
        member.performAuthorised(put("/api/v1/watchlist/NVDA"));

        JsonNode list = api.json(member.performAuthorised(get("/api/v1/watchlist")));
        assertThat(list.path("items").findValuesAsString("symbol")).containsExactly("NVDA", "EUR/USD", "BTC-USD");
        assertThat(list.path("items").get(0).path("name").asString()).containsIgnoringCase("nvidia");
        assertThat(list.path("maxItems").asInt()).isEqualTo(50);

        member.performAuthorised(delete("/api/v1/watchlist/EUR-USD"));
        assertThat(symbols(member.performAuthorised(get("/api/v1/watchlist")))).containsExactly("NVDA", "BTC-USD");
    }

    @Test
    void aWatchlistIsPrivateToItsMember() throws Exception {
        member.performAuthorised(put("/api/v1/watchlist/AAPL"));
        TestApi.Client other = api.client();
        other.signUpAndSignIn();
        assertThat(symbols(other.performAuthorised(get("/api/v1/watchlist")))).isEmpty();
    }

    @Test
    void unknownSymbolsAreNotFound() throws Exception {
        var result = member.performAuthorised(put("/api/v1/watchlist/NOPE"));
        assertThat(result.getResponse().getStatus()).isEqualTo(404);
        assertThat(api.json(result).path("code").asString()).isEqualTo("INSTRUMENT_NOT_FOUND");
    }

    @Test
    void aWatchlistIsCappedAtFiftySymbols() throws Exception {
        JsonNode instruments = api.json(member.performAuthorised(get("/api/v1/market/instruments?size=60")));
        int added = 0;
        for (JsonNode instrument : instruments.path("items")) {
            String symbol = instrument.path("symbol").asString().replace('/', '-');
            var result = member.performAuthorised(put("/api/v1/watchlist/" + symbol));
            if (added < 50) {
                assertThat(result.getResponse().getStatus()).isEqualTo(200);
                added++;
            } else {
                assertThat(result.getResponse().getStatus()).isEqualTo(422);
                assertThat(api.json(result).path("code").asString()).isEqualTo("WATCHLIST_FULL");
                return;
            }
        }
        throw new AssertionError("the catalog has fewer than 51 instruments");
    }

    private java.util.List<String> symbols(org.springframework.test.web.servlet.MvcResult result) throws Exception {
        return api.json(result).path("items").findValuesAsString("symbol");
    }
}

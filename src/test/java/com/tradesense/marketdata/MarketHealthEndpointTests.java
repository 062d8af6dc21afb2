package com.tradesense.marketdata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.tradesense.IntegrationTest;
import com.tradesense.TestApi;
import com.tradesense.marketdata.providers.MarketFeeds;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;

/** In the default configuration no real provider is contacted: the health lists only what runs in-process. */
@IntegrationTest
class MarketHealthEndpointTests {

    @Autowired
    TestApi api;
    @Autowired
    MarketFeeds feeds;

    @Test
    void membersSeeFeedsCircuitBreakersAndCacheTiers() throws Exception {
        TestApi.Client member = api.client();
        member.signUpAndSignIn();

        MvcResult result = member.performAuthorised(get("/api/v1/market/health"));

        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        JsonNode body = api.json(result);
        assertThat(body.path("serverTime").asString()).endsWith("Z");
        assertThat(body.path("feeds").isArray()).isTrue();
        assertThat(body.path("feeds").findValuesAsString("provider")).doesNotContain("massive", "yahoo", "bvc");
        assertThat(body.path("circuitBreakers").isArray()).isTrue();
        assertThat(body.path("caches").get(0).path("tier").asString()).isEqualTo("memory");
    }

    @Test
    void anonymousCallersAreRefused() throws Exception {
        assertThat(api.client().perform(get("/api/v1/market/health")).getResponse().getStatus()).isEqualTo(401);
    }

    @Test
    void byDefaultNothingIsRoutedToARealProvider() {
        assertThat(feeds.assignments()).isEmpty();
        assertThat(feeds.providerOf("AAPL")).isEmpty();
    }
}

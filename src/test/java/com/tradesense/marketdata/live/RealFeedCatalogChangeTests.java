package com.tradesense.marketdata.live;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static com.tradesense.marketdata.providers.ProviderTestSupport.fixture;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.util.Optional;
import java.util.concurrent.TimeUnit;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.tradesense.marketdata.AssetClass;
import com.tradesense.marketdata.catalog.CatalogInstruments;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A real provider's feed follows the catalog while it runs: Yahoo (against a local stub serving a recorded chart)
 * streams the indices routed to it, and an admin disabling or re-enabling one restarts it without or with it.
 */
@SpringBootTest(properties = {"tradesense.marketdata.providers.yahoo.enabled=true",
        "tradesense.marketdata.providers.yahoo.poll-interval=1s",
        "tradesense.marketdata.providers.routing.yahoo=INDEX"})
@ActiveProfiles("test")
class RealFeedCatalogChangeTests {

    private static final WireMockServer YAHOO = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));

    @DynamicPropertySource
    static void yahoo(DynamicPropertyRegistry registry) {
        if (!YAHOO.isRunning()) {
            YAHOO.start();
            YAHOO.stubFor(get(urlPathMatching("/v8/finance/chart/.*")).willReturn(aResponse().withStatus(200)
                    .withHeader("Content-Type", "application/json").withBody(fixture("yahoo/chart-tsla-1m.json"))));
        }
        registry.add("tradesense.marketdata.providers.yahoo.base-url", YAHOO::baseUrl);
    }

    @AfterAll
    static void stopYahoo() {
        YAHOO.stop();
    }

    @Autowired
    LiveMarketRunner runner;
    @Autowired
    CatalogInstruments catalog;

    @Test
    void anIndexDisabledOrReEnabledByAnAdminLeavesOrRejoinsTheRunningYahooFeed() {
        int indices = catalog.search("", AssetClass.INDEX, null).size();
        await().atMost(30, TimeUnit.SECONDS).until(() -> yahooSymbols().orElse(-1) == indices);

        catalog.setEnabled("VIX", false);
        await().atMost(10, TimeUnit.SECONDS).until(() -> yahooSymbols().orElse(-1) == indices - 1);

        catalog.setEnabled("VIX", true);
        await().atMost(10, TimeUnit.SECONDS).until(() -> yahooSymbols().orElse(-1) == indices);
        assertThat(runner.feeds()).filteredOn(feed -> feed.provider().equals("yahoo")).hasSize(1);
    }

    private Optional<Integer> yahooSymbols() {
        return runner.feeds().stream().filter(feed -> feed.provider().equals("yahoo")).findFirst()
                .map(feed -> feed.health().symbols());
    }
}

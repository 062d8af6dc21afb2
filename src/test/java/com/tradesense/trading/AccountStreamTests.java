package com.tradesense.trading;

import java.math.BigDecimal;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import com.tradesense.TestApi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** The owner's live account stream: values at once, then every order change and fill as it becomes durable. */
@TradingIntegrationTest
class AccountStreamTests {

    @Autowired
    TestApi api;
    @Autowired
    FakeMarket market;

    TestApi.Client member;
    String accountId;

    @BeforeEach
    void openAccount() throws Exception {
        member = api.client();
        member.signUpAndSignIn();
        market.price("MSFT", "400.00");
        MvcResult opened = member.performAuthorised(post("/api/v1/accounts").contentType(MediaType.APPLICATION_JSON)
                .content(api.body(Map.of("name", "Streamed", "type", "CASH", "currency", "USD",
                        "startingBalance", new BigDecimal("50000")))));
        accountId = api.json(opened).get("id").asString();
    }

    @Test
    void streamsAccountValuesThenTheOrderAndItsFillAsTheyHappen() throws Exception {
        MvcResult stream = member.performAuthorised(get("/api/v1/accounts/" + accountId + "/stream"));
        assertThat(stream.getRequest().isAsyncStarted()).isTrue();
        await().atMost(10, TimeUnit.SECONDS).until(() -> content(stream).contains("event:account"));
        assertThat(content(stream)).contains("\"cash\":50000");

        member.performAuthorised(post("/api/v1/accounts/" + accountId + "/orders")
                .contentType(MediaType.APPLICATION_JSON)
                .content(api.body(Map.of("symbol", "MSFT", "side", "BUY", "type", "MARKET", "qty", 10,
                        "timeInForce", "DAY"))));

        await().atMost(10, TimeUnit.SECONDS).until(() -> content(stream).contains("event:fill"));
        String events = content(stream);
        assertThat(events).contains("event:order").contains("\"status\":\"FILLED\"");
        await().atMost(10, TimeUnit.SECONDS).until(() -> content(stream).contains("\"symbol\":\"MSFT\",\"assetClass\""));
    }

    @Test
    void anotherMembersAccountCannotBeWatched() throws Exception {
        TestApi.Client other = api.client();
        other.signUpAndSignIn();
        MvcResult refused = other.performAuthorised(get("/api/v1/accounts/" + accountId + "/stream"));
        assertThat(refused.getResponse().getStatus()).isEqualTo(404);
    }

    private static String content(MvcResult stream) throws Exception {
        return stream.getResponse().getContentAsString();
    }
}

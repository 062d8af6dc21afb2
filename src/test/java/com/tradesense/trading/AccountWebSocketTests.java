package com.tradesense.trading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.util.Map;

import com.tradesense.JsonWebSocket;
import com.tradesense.TestApi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The account stream over a real WebSocket ({@code /ws/accounts/{id}}): the owner gets the account's values at once,
 * then the order and its fill as they become durable, in the market stream's {@code {type, id, data}} messages;
 * another member's socket is closed without a single event.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"tradesense.trading.quote-poll-interval=50ms", "tradesense.rate-limit.enabled=false"})
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import({TestApi.class, FakeMarket.Config.class})
class AccountWebSocketTests {

    @LocalServerPort
    int port;
    @Autowired
    TestApi api;
    @Autowired
    FakeMarket market;
    @Autowired
    JsonMapper json;

    private final HttpClient http = HttpClient.newHttpClient();
    private TestApi.Client member;
    private String accountId;

    @BeforeEach
    void openAccount() throws Exception {
        member = api.client();
        member.signUpAndSignIn();
        market.price("MSFT", "400.00");
        accountId = api.json(member.performAuthorised(post("/api/v1/accounts").contentType(MediaType.APPLICATION_JSON)
                .content(api.body(Map.of("name", "Socket", "type", "CASH", "currency", "USD",
                        "startingBalance", new BigDecimal("50000")))))).get("id").asString();
    }

    @Test
    void theOwnerReceivesTheAccountThenTheOrderAndItsFill() throws Exception {
        JsonWebSocket socket = connect(member, accountId);
        JsonNode account = socket.next(message -> message.path("type").asString().equals("account"));
        assertThat(account.path("data").path("cash").decimalValue()).isEqualByComparingTo("50000");
        assertThat(account.path("id").asLong()).isPositive();

        member.performAuthorised(post("/api/v1/accounts/" + accountId + "/orders")
                .contentType(MediaType.APPLICATION_JSON)
                .content(api.body(Map.of("symbol", "MSFT", "side", "BUY", "type", "MARKET", "qty", 10,
                        "timeInForce", "DAY"))));

        // one commit's events in order: the order's new state, its fill, then the account's values
        socket.next(message -> message.path("type").asString().equals("order")
                && message.path("data").path("status").asString().equals("FILLED"));
        JsonNode fill = socket.next(message -> message.path("type").asString().equals("fill"));
        assertThat(fill.path("data").path("symbol").asString()).isEqualTo("MSFT");
        assertThat(fill.path("data").path("qty").decimalValue()).isEqualByComparingTo("10");
        JsonNode positions = socket.next(message -> message.path("type").asString().equals("positions")
                && message.path("data").size() == 1);
        assertThat(positions.path("data").get(0).path("symbol").asString()).isEqualTo("MSFT");
        socket.close();
    }

    @Test
    void anotherMembersSocketIsClosedWithoutAnEvent() throws Exception {
        TestApi.Client other = api.client();
        other.signUpAndSignIn();
        JsonWebSocket socket = connect(other, accountId);

        assertThat(socket.closedByServer()).isEqualTo("1008 ACCOUNT_NOT_FOUND");
        assertThat(socket.hasUnread()).isFalse();
    }

    private JsonWebSocket connect(TestApi.Client client, String account) throws Exception {
        String ticket = api.json(client.performAuthorised(post("/api/v1/stream-tickets"))).path("ticket").asString();
        return JsonWebSocket.connect(http, URI.create("ws://localhost:" + port + "/ws/accounts/" + account + "?ticket="
                + ticket), json);
    }
}

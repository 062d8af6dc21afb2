package com.tradesense.marketdata.live;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import com.tradesense.HttpApi;
import com.tradesense.ScratchDatabase;
import com.tradesense.TradeSenseApplication;
import com.tradesense.marketdata.catalog.CatalogInstruments;
import io.lettuce.core.RedisClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.awaitility.Awaitility.await;

/**
 * Two app nodes against the machine's Redis ({@code REDIS_URL}, default redis://127.0.0.1:6379) and one
 * {@link ScratchDatabase}, as a cluster shares both: exactly one runs the feeds, a price it hears reaches a stream client
 * connected to the other node, with the same event id, and the other node's quotes; and an admin's change to the
 * catalog on either node is followed by the other. In CI a missing Redis or PostgreSQL fails the build.
 */
class TwoNodeRelayTests {

    private static final String REDIS = System.getenv().getOrDefault("REDIS_URL", "redis://127.0.0.1:6379");
    private static ScratchDatabase database;
    private static ConfigurableApplicationContext first;
    private static ConfigurableApplicationContext second;

    @BeforeAll
    static void startTwoNodes() {
        RedisClient probe = RedisClient.create(REDIS);
        try (var connection = probe.connect()) {
            connection.sync().ping();
        } catch (RuntimeException unavailable) {
            if (System.getenv("CI") != null) {
                fail("Redis is required in CI at " + REDIS, unavailable);
            }
            Assumptions.abort("Redis not reachable at " + REDIS + ": two-node relay test NOT RUN");
        } finally {
            probe.shutdown();
        }
        database = ScratchDatabase.create("tradesense_nodes", "two-node relay test");
        // A namespace of its own, so no other app on this Redis takes part in the election.
        String prefix = "test:" + UUID.randomUUID();
        first = node(prefix);
        second = node(prefix);
    }

    private static ConfigurableApplicationContext node(String prefix) {
        // Arguments, not default properties: those rank below application.yml.
        return new SpringApplicationBuilder(TradeSenseApplication.class).profiles("test")
                .run("--server.port=0", "--tradesense.redis.url=" + REDIS,
                        "--tradesense.marketdata.stream.redis-prefix=" + prefix, database.appArguments()[0],
                        database.appArguments()[1]);
    }

    @AfterAll
    static void stopNodes() throws Exception {
        if (second != null) {
            second.close();
        }
        if (first != null) {
            first.close();
        }
        if (database != null) {
            database.drop();
        }
    }

    @Test
    void aPriceHeardByTheLeaderReachesStreamsAndQuotesOfTheOtherNode() throws Exception {
        await().atMost(20, TimeUnit.SECONDS).until(() -> leadership(first).isLeader() || leadership(second).isLeader());
        ConfigurableApplicationContext leader = leadership(first).isLeader() ? first : second;
        ConfigurableApplicationContext follower = leader == first ? second : first;
        assertThat(leadership(follower).isLeader()).as("only one node leads").isFalse();

        String token = HttpApi.signUp(HttpClient.newHttpClient(), uri(follower, "").toString());
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<InputStream> stream = http.send(HttpRequest.newBuilder(uri(follower,
                "/api/v1/market/stream?symbols=NFLX")).header("Authorization", "Bearer " + token).build(),
                HttpResponse.BodyHandlers.ofInputStream());
        assertThat(stream.statusCode()).isEqualTo(200);
        CompletableFuture<String> quoteFrame = CompletableFuture.supplyAsync(() -> firstQuoteWithPrice(stream.body(),
                "1234.56"));

        // What the leader's feeds deliver into: its own book, then the relay.
        leadership(leader).feedSink().trade("NFLX", System.currentTimeMillis(), new BigDecimal("1234.56"), 7);

        String frame = quoteFrame.get(15, TimeUnit.SECONDS);
        long relayedId = Long.parseLong(frame.substring(frame.indexOf("id: ") + 4, frame.indexOf('\n')));
        assertThat(relayedId).as("the follower streams the leader's event id")
                .isEqualTo(leader.getBean(LiveBook.class).lastEventId());
        await().atMost(5, TimeUnit.SECONDS).until(() -> follower.getBean(LiveBook.class).quote("NFLX")
                .map(quote -> quote.price().compareTo(new BigDecimal("1234.56")) == 0).orElse(false));
        stream.body().close();
    }

    @Test
    void anInstrumentAnAdminDisablesOrEnablesOnOneNodeLeavesOrJoinsTheOtherNodesLiveBook() {
        await().atMost(20, TimeUnit.SECONDS).until(() -> leadership(first).isLeader() || leadership(second).isLeader());
        ConfigurableApplicationContext leader = leadership(first).isLeader() ? first : second;
        ConfigurableApplicationContext follower = leader == first ? second : first;
        CatalogInstruments catalog = follower.getBean(CatalogInstruments.class);

        // Made on the node that does not run the feeds: the one that does must stop and start the symbol.
        catalog.setEnabled("DIS", false);
        await().atMost(10, TimeUnit.SECONDS).until(() -> leader.getBean(LiveBook.class).state("DIS").isEmpty());
        assertThat(follower.getBean(LiveBook.class).state("DIS")).isEmpty();

        catalog.setEnabled("DIS", true);
        await().atMost(10, TimeUnit.SECONDS).until(() -> leader.getBean(LiveBook.class).state("DIS").isPresent());
        assertThat(follower.getBean(LiveBook.class).state("DIS")).isPresent();
    }

    private static String firstQuoteWithPrice(InputStream body, String price) {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
            StringBuilder frame = new StringBuilder();
            for (String line; (line = lines.readLine()) != null; ) {
                if (line.isEmpty()) {
                    String text = frame.toString();
                    if (text.contains("event: quote") && text.contains("\"price\":" + price)) {
                        return text;
                    }
                    frame.setLength(0);
                } else {
                    frame.append(line).append('\n');
                }
            }
            throw new AssertionError("stream ended without the relayed quote");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static FeedLeadership leadership(ConfigurableApplicationContext node) {
        return node.getBean(FeedLeadership.class);
    }

    private static URI uri(ConfigurableApplicationContext node, String path) {
        int port = ((WebServerApplicationContext) node).getWebServer().getPort();
        return URI.create("http://localhost:" + port + path);
    }
}

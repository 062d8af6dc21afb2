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
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import com.tradesense.HttpApi;
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
 * Two app nodes against the machine's Redis ({@code REDIS_URL}, default redis://127.0.0.1:6379) and one database of
 * their own in the machine's PostgreSQL ({@code TRADESENSE_CRASH_PG}, default jdbc:postgresql://127.0.0.1:5432/ as the
 * current user), as a cluster shares both: exactly one runs the feeds, a price it hears reaches a stream client
 * connected to the other node, with the same event id, and the other node's quotes; and an admin's change to the
 * catalog on either node is followed by the other. In CI a missing Redis or PostgreSQL fails the build.
 */
class TwoNodeRelayTests {

    private static final String REDIS = System.getenv().getOrDefault("REDIS_URL", "redis://127.0.0.1:6379");
    private static final String POSTGRES = System.getenv().getOrDefault("TRADESENSE_CRASH_PG",
            "jdbc:postgresql://127.0.0.1:5432/");
    private static final String USER = System.getProperty("user.name");
    private static String database;
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
        database = "tradesense_nodes_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection admin = DriverManager.getConnection(POSTGRES + "postgres", USER, "");
                Statement statement = admin.createStatement()) {
            statement.execute("create database " + database);
        } catch (Exception unavailable) {
            if (System.getenv("CI") != null) {
                fail("PostgreSQL is required in CI at " + POSTGRES, unavailable);
            }
            Assumptions.abort("PostgreSQL not reachable at " + POSTGRES + ": two-node relay test NOT RUN");
        }
        // A namespace of its own, so no other app on this Redis takes part in the election.
        String prefix = "test:" + UUID.randomUUID();
        first = node(prefix);
        second = node(prefix);
    }

    private static ConfigurableApplicationContext node(String prefix) {
        // Arguments, not default properties: those rank below application.yml.
        return new SpringApplicationBuilder(TradeSenseApplication.class).profiles("test")
                .run("--server.port=0", "--tradesense.redis.url=" + REDIS,
                        "--tradesense.marketdata.stream.redis-prefix=" + prefix,
                        "--spring.datasource.url=" + POSTGRES + database, "--spring.datasource.username=" + USER);
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
            try (Connection admin = DriverManager.getConnection(POSTGRES + "postgres", USER, "");
                    Statement statement = admin.createStatement()) {
                statement.execute("drop database if exists " + database + " with (force)");
            }
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

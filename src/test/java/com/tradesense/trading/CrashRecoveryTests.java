package com.tradesense.trading;

import java.math.BigDecimal;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import com.tradesense.HttpApi;
import com.tradesense.ScratchDatabase;
import com.tradesense.TradeSenseApplication;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * kill -9 during an order flood: the app runs as a child process on a {@link ScratchDatabase}, is killed
 * while 16 clients place market orders, and is started again. Every order that was acknowledged (201) must be stored
 * with its fill, and every account's cash must equal the sum of its ledger. In CI a missing PostgreSQL fails the build.
 */
class CrashRecoveryTests {

    private static ScratchDatabase database;

    @BeforeAll
    static void createDatabase() {
        database = ScratchDatabase.create("tradesense_crash", "crash test");
    }

    @AfterAll
    static void dropDatabase() throws Exception {
        if (database != null) {
            database.drop();
        }
    }

    @Test
    void everyAcknowledgedOrderSurvivesAKillAndEveryAccountReconciles() throws Exception {
        int port = freePort();
        Process app = start(port);
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        List<String[]> traders = new ArrayList<>();
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        try {
            awaitQuote(http, port, app);
            for (int i = 0; i < 4; i++) {
                String token = HttpApi.signUp(http, "http://localhost:" + port);
                String account = HttpApi.post(http, "http://localhost:" + port, token, "/api/v1/accounts", "{\"name\":\"Crash\",\"type\":\"CASH\","
                        + "\"currency\":\"USD\",\"startingBalance\":1000000}").body();
                traders.add(new String[] {token, HttpApi.field(account, "id")});
            }
            AtomicBoolean flooding = new AtomicBoolean(true);
            ExecutorService clients = Executors.newFixedThreadPool(16);
            for (int c = 0; c < 16; c++) {
                String[] trader = traders.get(c % traders.size());
                clients.execute(() -> {
                    while (flooding.get()) {
                        try {
                            HttpResponse<String> placed = HttpApi.post(http, "http://localhost:" + port, trader[0], "/api/v1/accounts/" + trader[1]
                                    + "/orders", "{\"symbol\":\"BTC-USD\",\"side\":\"BUY\",\"type\":\"MARKET\","
                                    + "\"qty\":0.001,\"timeInForce\":\"GTC\"}");
                            if (placed.statusCode() == 201) {
                                acknowledged.add(HttpApi.field(placed.body(), "id"));
                            }
                        } catch (Exception killed) {
                            return;
                        }
                    }
                });
            }
            // Kill mid-flood once a fair number is acknowledged (a loaded machine acknowledges them slower).
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (acknowledged.size() < 50 && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            assertThat(acknowledged).as("orders acknowledged before the kill").hasSizeGreaterThan(20);
            app.destroyForcibly(); // SIGKILL: no shutdown hooks, no graceful drain
            app.waitFor(30, TimeUnit.SECONDS);
            flooding.set(false);
            clients.shutdown();
            clients.awaitTermination(30, TimeUnit.SECONDS);
        } finally {
            app.destroyForcibly();
        }

        Process restarted = start(port);
        try {
            awaitQuote(http, port, restarted);
            try (Connection db = database.connect()) {
                Set<String> stored = new java.util.HashSet<>();
                try (ResultSet rows = db.createStatement().executeQuery(
                        "select o.id from trading_orders o join trading_fills f on f.order_id = o.id "
                                + "where o.status = 'FILLED'")) {
                    while (rows.next()) {
                        stored.add(rows.getString(1));
                    }
                }
                assertThat(stored).as("every acknowledged order is stored, filled").containsAll(acknowledged);
                for (String[] trader : traders) {
                    BigDecimal ledger = single(db, "select coalesce(sum(amount), 0) from trading_ledger "
                            + "where account_id = ?::uuid", trader[1]);
                    BigDecimal cash = single(db, "select cash from trading_accounts where id = ?::uuid", trader[1]);
                    assertThat(cash).as("cash of %s equals its ledger", trader[1]).isEqualByComparingTo(ledger);
                    String served = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                            + "/api/v1/accounts/" + trader[1])).header("Authorization", "Bearer " + trader[0])
                            .build(), HttpResponse.BodyHandlers.ofString()).body();
                    assertThat(new BigDecimal(number(served, "cash"))).as("cash served after restart")
                            .isEqualByComparingTo(ledger);
                }
            }
        } finally {
            restarted.destroy();
            restarted.waitFor(30, TimeUnit.SECONDS);
        }
    }

    private static BigDecimal single(Connection db, String sql, String id) throws Exception {
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            statement.setString(1, id);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getBigDecimal(1);
            }
        }
    }

    private static Process start(int port) throws Exception {
        Path log = Files.createTempFile("tradesense-crash", ".log");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                TradeSenseApplication.class.getName(), "--spring.profiles.active=test", "--server.port=" + port,
                database.appArguments()[0], database.appArguments()[1],
                "--tradesense.rate-limit.enabled=false", "--tradesense.marketdata.simulator.enabled=true",
                "--tradesense.marketdata.simulator.intraday-days=1", "--tradesense.marketdata.simulator.daily-years=1",
                "--tradesense.data-dir=" + Files.createTempDirectory("tradesense-crash-data"),
                "--logging.level.root=WARN").redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    /** Up, backfilled and quoting BTC-USD (which trades around the clock). */
    private static void awaitQuote(HttpClient http, int port, Process app) throws Exception {
        String token = null;
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        while (System.nanoTime() < deadline) {
            assertThat(app.isAlive()).as("the app process is running").isTrue();
            try {
                if (token == null) {
                    token = HttpApi.signUp(http, "http://localhost:" + port);
                }
                HttpResponse<String> quote = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                        + "/api/v1/market/quote/BTC-USD")).header("Authorization", "Bearer " + token).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (quote.statusCode() == 200) {
                    return;
                }
            } catch (java.io.IOException | RuntimeException notYet) {
                token = null;
            }
            Thread.sleep(500);
        }
        fail("the app did not come up with a BTC-USD quote within 3 minutes");
    }

    private static String number(String json, String name) {
        int at = json.indexOf("\"" + name + "\":") + name.length() + 3;
        int end = at;
        while (end < json.length() && "-0123456789.".indexOf(json.charAt(end)) >= 0) {
            end++;
        }
        return json.substring(at, end);
    }

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}

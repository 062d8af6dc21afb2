package com.tradesense.trading.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.locks.LockSupport;

import com.tradesense.HttpApi;
import com.tradesense.TradeSenseApplication;
import com.tradesense.marketdata.bars.HistoryBackfill;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Durable orders through REST, open loop: requests leave at the offered rate whatever the answers do, so a slow
 * server shows as latency rather than as a politely lower rate. Market orders for BTC-USD (traded around the clock by
 * the simulated exchange) over {@code accounts} cash accounts of as many members, each acknowledged only once its
 * group commit is durable in PostgreSQL. Run: {@code bench/order-load.sh [rate/s] [seconds] [accounts]}.
 */
public final class OrderLoad {

    private OrderLoad() {
    }

    public static void main(String[] args) throws Exception {
        int rate = args.length > 0 ? Integer.parseInt(args[0]) : 2_000;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        int accounts = args.length > 2 ? Integer.parseInt(args[2]) : 32;
        ConfigurableApplicationContext app = new SpringApplicationBuilder(TradeSenseApplication.class)
                .profiles("test").run("--server.port=0", "--tradesense.rate-limit.enabled=false",
                        "--tradesense.marketdata.simulator.enabled=true",
                        "--tradesense.marketdata.simulator.intraday-days=1",
                        "--tradesense.marketdata.simulator.daily-years=1",
                        "--tradesense.embedded-db.max-pool-size=20", "--logging.level.root=WARN");
        try {
            app.getBean(HistoryBackfill.class).startupRun().get(5, TimeUnit.MINUTES);
            Thread.sleep(2_000);
            int port = ((WebServerApplicationContext) app).getWebServer().getPort();
            HttpClient http = HttpClient.newBuilder().executor(Executors.newFixedThreadPool(8))
                    .connectTimeout(Duration.ofSeconds(5)).build();
            List<String[]> traders = new ArrayList<>();
            for (int i = 0; i < accounts; i++) {
                String token = HttpApi.signUp(http, "http://localhost:" + port);
                String account = HttpApi.post(http, "http://localhost:" + port, token, "/api/v1/accounts", "{\"name\":\"Load\",\"type\":\"CASH\","
                        + "\"currency\":\"USD\",\"startingBalance\":10000000}").body();
                traders.add(new String[] {token, HttpApi.field(account, "id")});
            }
            // Warm-up at a tenth of the rate, then the measured run.
            run(http, port, traders, Math.max(50, rate / 10), 5, false);
            run(http, port, traders, rate, seconds, true);
        } finally {
            app.close();
        }
        // The HTTP clients' executors are not daemons: end the harness when the report is out.
        System.exit(0);
    }

    private static void run(HttpClient http, int port, List<String[]> traders, int rate, int seconds,
            boolean report) throws Exception {
        int total = rate * seconds;
        AtomicLongArray latencies = new AtomicLongArray(total);
        AtomicInteger failures = new AtomicInteger();
        List<CompletableFuture<?>> pending = new ArrayList<>(total);
        long interval = 1_000_000_000L / rate;
        long start = System.nanoTime();
        for (int i = 0; i < total; i++) {
            long due = start + i * interval;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            String[] trader = traders.get(i % traders.size());
            String side = (i / traders.size()) % 2 == 0 ? "BUY" : "SELL";
            int index = i;
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/accounts/"
                    + trader[1] + "/orders")).header("Authorization", "Bearer " + trader[0])
                    .header("Content-Type", "application/json").timeout(Duration.ofSeconds(30))
                    .POST(HttpRequest.BodyPublishers.ofString("{\"symbol\":\"BTC-USD\",\"side\":\"" + side
                            + "\",\"type\":\"MARKET\",\"qty\":0.001,\"timeInForce\":\"GTC\"}")).build();
            // Latency counts from when the request was due, so queueing in the generator is not hidden.
            pending.add(http.sendAsync(request, HttpResponse.BodyHandlers.discarding()).whenComplete((response, e) -> {
                latencies.set(index, System.nanoTime() - due);
                if (e != null || response.statusCode() != 201) {
                    failures.incrementAndGet();
                }
            }));
        }
        CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new)).exceptionally(e -> null).join();
        double took = (System.nanoTime() - start) / 1e9;
        if (!report) {
            return;
        }
        long[] sorted = new long[total];
        for (int i = 0; i < total; i++) {
            sorted[i] = latencies.get(i);
        }
        Arrays.sort(sorted);
        System.out.printf("offered %d orders/s for %d s over %d accounts: %d orders in %.1f s (%.0f/s achieved), "
                + "%d failed; latency p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, p99.9 %.1f ms, max %.1f ms%n", rate,
                seconds, traders.size(), total, took, total / took, failures.get(), ms(sorted, 0.50), ms(sorted, 0.95),
                ms(sorted, 0.99), ms(sorted, 0.999), sorted[total - 1] / 1e6);
    }

    private static double ms(long[] sorted, double p) {
        return sorted[(int) Math.min(sorted.length - 1, Math.ceil(sorted.length * p) - 1)] / 1e6;
    }
}

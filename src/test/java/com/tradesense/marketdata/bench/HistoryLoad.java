package com.tradesense.marketdata.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import com.tradesense.HttpApi;
import com.tradesense.TradeSenseApplication;
import com.tradesense.marketdata.bars.HistoryBackfill;
import com.tradesense.marketdata.calendar.TradingCalendar;
import com.tradesense.marketdata.calendar.TradingCalendars;
import com.tradesense.marketdata.calendar.TradingDay;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * History endpoint latency with PostgreSQL in the loop: the app with the simulated catalog backfilled (2 years of
 * daily, 30 trading days of 1-minute bars), then closed-loop HTTP clients asking for one year of daily bars and for
 * one trading day of 1-minute bars (extended hours included). Run: {@code bench/history-load.sh [requests] [clients]}.
 */
public final class HistoryLoad {

    private HistoryLoad() {
    }

    public static void main(String[] args) throws Exception {
        int requests = args.length > 0 ? Integer.parseInt(args[0]) : 5_000;
        int clients = args.length > 1 ? Integer.parseInt(args[1]) : 8;
        ConfigurableApplicationContext app = new SpringApplicationBuilder(TradeSenseApplication.class)
                .profiles("test").run("--server.port=0", "--tradesense.rate-limit.enabled=false",
                        "--tradesense.marketdata.simulator.enabled=true", "--logging.level.root=WARN",
                        "--logging.level.com.tradesense.marketdata.bars=INFO");
        try {
            app.getBean(HistoryBackfill.class).startupRun().get(5, TimeUnit.MINUTES);
            int port = ((WebServerApplicationContext) app).getWebServer().getPort();
            String token = HttpApi.signUp(java.net.http.HttpClient.newHttpClient(), "http://localhost:" + port);
            Instant now = Instant.now();
            // The last complete New York trading day before now: 960 extended-hours minutes (fewer on early closes).
            TradingDay day = lastCompleteTradingDay(TradingCalendars.standard().byId("XNYS").orElseThrow(), now);
            run("1 year of daily bars (AAPL, 1d, limit 252)", port, token,
                    "/api/v1/market/history/AAPL?interval=1d&limit=252", requests, clients);
            run("1 day of 1-minute bars (AAPL, 1m, " + day.date() + " with extended hours)", port, token,
                    "/api/v1/market/history/AAPL?interval=1m&limit=1000&includeExtendedHours=true&from="
                            + day.preMarketOpen() + "&to=" + day.afterHoursClose(), requests, clients);
            run("1 day of 1-minute bars (BTC-USD, 1m, 1440 bars)", port, token,
                    "/api/v1/market/history/BTC-USD?interval=1m&limit=1440&from=" + now.minusSeconds(86_400)
                            + "&to=" + now, requests, clients);
        } finally {
            app.close();
        }
        // The HTTP clients' executors are not daemons: end the harness when the report is out.
        System.exit(0);
    }

    private static TradingDay lastCompleteTradingDay(TradingCalendar calendar, Instant now) {
        LocalDate date = now.atZone(calendar.zone()).toLocalDate();
        while (true) {
            Optional<TradingDay> day = calendar.tradingDay(date);
            if (day.isPresent() && !day.get().afterHoursClose().isAfter(now)) {
                return day.get();
            }
            date = date.minusDays(1);
        }
    }

    private static void run(String name, int port, String token, String path, int requests, int clients)
            throws Exception {
        HttpClient http = HttpClient.newBuilder().executor(Executors.newFixedThreadPool(clients)).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer " + token).header("Accept-Encoding", "identity").build();
        HttpResponse<String> first = http.send(request, HttpResponse.BodyHandlers.ofString());
        int bars = first.body().split("\"t\":").length - 1;
        if (first.statusCode() != 200 || bars == 0) {
            throw new IllegalStateException(name + ": " + first.statusCode() + ", " + bars + " bars: " + first.body());
        }
        for (int i = 0; i < 1_000; i++) {
            http.send(request, HttpResponse.BodyHandlers.ofString());
        }
        long[] latencies = new long[requests];
        ExecutorService workers = Executors.newFixedThreadPool(clients);
        long started = System.nanoTime();
        Future<?>[] futures = new Future<?>[clients];
        for (int c = 0; c < clients; c++) {
            int client = c;
            futures[c] = workers.submit(() -> {
                for (int i = client; i < requests; i += clients) {
                    long t0 = System.nanoTime();
                    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                    latencies[i] = System.nanoTime() - t0;
                    if (response.statusCode() != 200) {
                        throw new IllegalStateException(response.statusCode() + " " + response.body());
                    }
                }
                return null;
            });
        }
        for (Future<?> future : futures) {
            future.get();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        workers.shutdown();
        Arrays.sort(latencies);
        System.out.printf("%s: %d bars; %d requests by %d clients in %.1f s (%.0f req/s); p50 %.2f ms, p95 %.2f ms, "
                + "p99 %.2f ms, max %.2f ms%n", name, bars, requests, clients, seconds, requests / seconds,
                ms(latencies, 0.50), ms(latencies, 0.95), ms(latencies, 0.99), latencies[requests - 1] / 1e6);
    }

    private static double ms(long[] sorted, double p) {
        return sorted[(int) Math.min(sorted.length - 1, Math.ceil(sorted.length * p) - 1)] / 1e6;
    }
}

package com.tradesense.marketdata.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.math.BigDecimal;
import java.net.Socket;
import java.net.http.HttpClient;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

import com.tradesense.HttpApi;
import com.tradesense.TradeSenseApplication;
import com.tradesense.marketdata.live.LiveBenchmarks;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Clean-up on disconnect, over real sockets: {@code cycles} times a client connects, opens an SSE stream (or a
 * WebSocket and subscribes) on two symbols, waits for its first event and goes away, every other one with a
 * reset instead of a normal close (a client that vanished). Afterwards the server must hold no stream client, and its
 * heap, open files and threads must be where they were after the warm-up. Run:
 * {@code bench/stream-churn.sh [cycles] [parallel clients] [sse|ws]}.
 */
public final class StreamChurnLoad {

    private static final byte[] EVENT = "serverTime".getBytes(StandardCharsets.US_ASCII);

    private StreamChurnLoad() {
    }

    public static void main(String[] args) throws Exception {
        int cycles = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int parallel = args.length > 1 ? Integer.parseInt(args[1]) : 8;
        boolean webSocket = args.length > 2 && args[2].equals("ws");
        ConfigurableApplicationContext app = new SpringApplicationBuilder(TradeSenseApplication.class)
                .profiles("test").run("--server.port=0", "--tradesense.rate-limit.enabled=false",
                        // a disconnect is noticed a moment after the client is gone: room for that lag per member
                        "--tradesense.marketdata.stream.max-connections-per-user=100",
                        "--logging.level.root=WARN", "--logging.level.com.tradesense=WARN");
        try {
            int port = ((WebServerApplicationContext) app).getWebServer().getPort();
            String symbols = "AAPL,BTC-USD";
            long now = System.currentTimeMillis();
            for (String symbol : symbols.split(",")) {
                LiveBenchmarks.feedSink(app).trade(symbol, now, new BigDecimal("100.00"), 1);
            }
            List<String> tokens = new ArrayList<>();
            HttpClient http = HttpClient.newHttpClient();
            for (int i = 0; i < parallel; i++) {
                tokens.add(HttpApi.signUp(http, "http://localhost:" + port));
            }
            Churn churn = new Churn(port, tokens, symbols, webSocket);
            churn.run(Math.min(5_000, cycles));
            Snapshot before = Snapshot.settled(app);
            long started = System.nanoTime();
            Map<String, Long> failures = churn.run(cycles);
            double seconds = (System.nanoTime() - started) / 1e9;
            Snapshot after = Snapshot.settled(app);
            System.out.printf("%d %s connect/disconnect cycles over %d parallel clients in %.1f s (%.0f/s), %d "
                    + "failed %s%n", cycles, webSocket ? "WebSocket" : "SSE", parallel, seconds, cycles / seconds,
                    failures.values().stream().mapToLong(Long::longValue).sum(), failures);
            System.out.printf("stream clients still registered: %d (after the warm-up: %d)%n", after.clients(),
                    before.clients());
            System.out.printf("heap in use after full GCs: %.1f MB -> %.1f MB (%+.1f MB, %+.1f bytes per cycle)%n",
                    before.heap() / 1048576.0, after.heap() / 1048576.0, (after.heap() - before.heap()) / 1048576.0,
                    (after.heap() - before.heap()) / (double) cycles);
            System.out.printf("open files: %d -> %d; live threads: %d -> %d%n", before.files(), after.files(),
                    before.threads(), after.threads());
        } finally {
            app.close();
        }
        System.exit(0);
    }

    private record Churn(int port, List<String> tokens, String symbols, boolean webSocket) {

        Map<String, Long> run(int cycles) throws InterruptedException {
            AtomicInteger next = new AtomicInteger();
            Map<String, LongAdder> failures = new ConcurrentHashMap<>();
            List<Thread> clients = new ArrayList<>();
            for (String token : tokens) {
                byte[] request = webSocket ? StreamFanOutLoad.webSocketUpgrade(token)
                        : StreamFanOutLoad.sseRequest(token, symbols);
                ByteBuffer subscribe = StreamFanOutLoad.subscribeFrame(symbols);
                Thread client = new Thread(() -> {
                    for (int i = next.getAndIncrement(); i < cycles; i = next.getAndIncrement()) {
                        try {
                            cycle(request, subscribe.duplicate(), i % 2 == 1);
                        } catch (IOException | RuntimeException e) {
                            failures.computeIfAbsent(e.getClass().getSimpleName() + ": " + e.getMessage(),
                                    k -> new LongAdder()).increment();
                        }
                    }
                }, "churn-" + clients.size());
                client.start();
                clients.add(client);
            }
            for (Thread client : clients) {
                client.join();
            }
            Map<String, Long> counted = new TreeMap<>();
            failures.forEach((cause, count) -> counted.put(cause, count.sum()));
            return counted;
        }

        private void cycle(byte[] request, ByteBuffer subscribe, boolean reset) throws IOException {
            try (Socket socket = new Socket("127.0.0.1", port)) {
                socket.setSoTimeout(10_000);
                if (reset) {
                    // closing sends RST: the server sees a connection that broke, not one that ended
                    socket.setSoLinger(true, 0);
                }
                OutputStream out = socket.getOutputStream();
                InputStream in = socket.getInputStream();
                out.write(request);
                out.flush();
                if (webSocket) {
                    String status = statusLine(in);
                    if (!status.startsWith("HTTP/1.1 101")) {
                        throw new IOException("handshake answered " + status);
                    }
                    out.write(subscribe.array(), 0, subscribe.limit());
                    out.flush();
                } else {
                    String status = statusLine(in);
                    if (!status.startsWith("HTTP/1.1 200")) {
                        throw new IOException("stream answered " + status);
                    }
                }
                awaitEvent(in);
            }
        }

        private static String statusLine(InputStream in) throws IOException {
            StringBuilder line = new StringBuilder();
            for (int b = in.read(); b != '\n'; b = in.read()) {
                if (b < 0) {
                    throw new IOException("closed before the status line");
                }
                line.append((char) b);
            }
            return line.toString().strip();
        }

        /** Reads until the first event (every event carries its serverTime). */
        private static void awaitEvent(InputStream in) throws IOException {
            int matched = 0;
            for (int b = in.read(); b >= 0; b = in.read()) {
                matched = b == EVENT[matched] ? matched + 1 : b == EVENT[0] ? 1 : 0;
                if (matched == EVENT.length) {
                    return;
                }
            }
            throw new IOException("closed before the first event");
        }
    }

    /** What a leak would grow, read once the server has let every client go and the heap has been collected. */
    private record Snapshot(int clients, long heap, long files, int threads) {

        static Snapshot settled(ConfigurableApplicationContext app) throws Exception {
            long deadline = System.nanoTime() + 30_000_000_000L;
            while (LiveBenchmarks.clientCount(app) > 0 && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            Thread.sleep(2_000);
            for (int i = 0; i < 3; i++) {
                System.gc();
                Thread.sleep(500);
            }
            long files;
            try (var open = Files.list(Path.of("/proc/self/fd"))) {
                files = open.count();
            }
            return new Snapshot(LiveBenchmarks.clientCount(app),
                    ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(), files,
                    ManagementFactory.getThreadMXBean().getThreadCount());
        }
    }
}

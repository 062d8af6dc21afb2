package com.tradesense.marketdata.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.math.BigDecimal;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import com.tradesense.HttpApi;
import com.tradesense.TradeSenseApplication;
import com.tradesense.marketdata.live.LiveBenchmarks;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Fan-out of the live stream to many SSE or WebSocket clients, over real sockets: the app runs in this JVM with its
 * producer feeding {@code symbols} instruments at one trade a second each; a child JVM holds {@code clients}
 * connections of {@code perClient} symbols each and measures producer-to-client latency from every event's
 * {@code serverTime} (one machine, one clock). Phases: idle (server heap per connection), 10 s of unmeasured warm-up,
 * live, and live with one more client, subscribed to every symbol, that stopped reading. The clients do not parse events: they find each {@code serverTime} in the raw bytes,
 * which still times and counts every event, on one selector thread that allocates nothing per read, so that the
 * measuring takes as little as it can of the cores the server shares with it.
 * Run: {@code bench/stream-fanout.sh [clients] [seconds] [writer threads] [sse|ws]}.
 */
public final class StreamFanOutLoad {

    private StreamFanOutLoad() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("clients")) {
            Clients.run(args);
            return;
        }
        int clients = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        int writers = args.length > 2 ? Integer.parseInt(args[2]) : 8;
        String transport = args.length > 3 ? args[3] : "sse";
        if (!transport.equals("sse") && !transport.equals("ws")) {
            throw new IllegalArgumentException("transport is sse or ws, not " + transport);
        }
        int symbolCount = 50;
        int perClient = 10;
        ConfigurableApplicationContext app = new SpringApplicationBuilder(TradeSenseApplication.class)
                .profiles("test").run("--server.port=0", "--server.tomcat.max-connections=" + (clients + 1000),
                        "--server.tomcat.accept-count=5000", "--tradesense.rate-limit.enabled=false",
                        "--tradesense.marketdata.stream.max-connections-per-user=" + (clients + 10),
                        "--tradesense.marketdata.stream.writer-threads=" + writers,
                        "--logging.level.root=WARN", "--logging.level.com.tradesense=WARN");
        try {
            int port = ((WebServerApplicationContext) app).getWebServer().getPort();
            String token = HttpApi.signUp(java.net.http.HttpClient.newHttpClient(), "http://localhost:" + port);
            List<String> symbols = LiveBenchmarks.symbols(app).subList(0, symbolCount);
            var sink = LiveBenchmarks.feedSink(app);
            long now = System.currentTimeMillis();
            for (String symbol : symbols) {
                sink.trade(symbol, now, new BigDecimal("100.00"), 1);
            }

            System.gc();
            long heapBefore = usedHeap();
            // The client's heap is sized and touched up front: on this VM a growing heap's first touches are slow enough
            // to show up as latency.
            Process child = new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"), "-Xms2g",
                    "-Xmx2g", "-XX:+AlwaysPreTouch", "-cp", System.getProperty("java.class.path"), StreamFanOutLoad.class.getName(), "clients",
                    Integer.toString(port), token, Integer.toString(clients), Integer.toString(perClient),
                    String.join(",", symbols), Integer.toString(seconds), transport).redirectErrorStream(true)
                    .start();
            BufferedReader output = new BufferedReader(new InputStreamReader(child.getInputStream(),
                    StandardCharsets.UTF_8));
            AtomicBoolean producing = new AtomicBoolean();
            Thread producer = new Thread(() -> produce(sink, symbols, producing), "bench-producer");
            producer.setDaemon(true);
            producer.start();
            long cpuMark = 0;
            long wallMark = 0;
            for (String line; (line = output.readLine()) != null; ) {
                System.out.println(line);
                if (line.startsWith("measuring")) {
                    cpuMark = processCpuNanos();
                    wallMark = System.nanoTime();
                } else if (line.startsWith("live")) {
                    System.out.printf("  server JVM CPU: %.2f cores; clients dropped as stalled so far: %d%n",
                            (processCpuNanos() - cpuMark) / (double) (System.nanoTime() - wallMark),
                            LiveBenchmarks.droppedCount(app));
                } else if (line.startsWith("CONNECTED")) {
                    long deadline = System.nanoTime() + 60_000_000_000L;
                    while (LiveBenchmarks.clientCount(app) < clients && System.nanoTime() < deadline) {
                        Thread.sleep(200);
                    }
                    Thread.sleep(3000);
                    System.gc();
                    Thread.sleep(1000);
                    System.gc();
                    long heapAfter = usedHeap();
                    System.out.printf("server heap per idle %s connection: %.1f KB (%d connections, %.0f MB in "
                            + "all)%n", transport, (heapAfter - heapBefore) / 1024.0 / clients,
                            LiveBenchmarks.clientCount(app),
                            (heapAfter - heapBefore) / 1024.0 / 1024.0);
                    producing.set(true);
                    child.getOutputStream().write('\n');
                    child.getOutputStream().flush();
                }
            }
            child.waitFor();
        } finally {
            app.close();
        }
        // The HTTP clients' executors are not daemons: end the harness when the report is out.
        System.exit(0);
    }

    /** Each symbol trades once a second, the symbols spread evenly over the second. */
    private static void produce(com.tradesense.marketdata.live.FeedSink sink, List<String> symbols,
            AtomicBoolean producing) {
        long step = 1_000_000_000L / symbols.size();
        long next = System.nanoTime();
        int i = 0;
        while (true) {
            next += step;
            long wait = next - System.nanoTime();
            if (wait > 0) {
                java.util.concurrent.locks.LockSupport.parkNanos(wait);
            }
            if (producing.get()) {
                String symbol = symbols.get(i++ % symbols.size());
                sink.trade(symbol, System.currentTimeMillis(), new BigDecimal("100.00").add(
                        BigDecimal.valueOf(i % 100, 2)), 1);
            }
        }
    }

    /** The request that opens an SSE stream of {@code symbols} (comma-separated). */
    static byte[] sseRequest(String token, String symbols) {
        return ("GET /api/v1/market/stream?symbols=" + symbols + " HTTP/1.1\r\nHost: localhost\r\n"
                + "Authorization: Bearer " + token + "\r\nAccept: text/event-stream\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII);
    }

    /** The handshake that opens a WebSocket on {@code /ws/market}. */
    static byte[] webSocketUpgrade(String token) {
        return ("GET /ws/market HTTP/1.1\r\nHost: localhost\r\nUpgrade: websocket\r\n"
                + "Connection: Upgrade\r\nSec-WebSocket-Version: 13\r\n"
                + "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nAuthorization: Bearer " + token + "\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII);
    }

    /**
     * The WebSocket {@code subscribe} command for {@code symbols} (comma-separated) as a client frame, which must be
     * masked (RFC 6455 5.3); a zero mask leaves the payload as it is.
     */
    static ByteBuffer subscribeFrame(String symbols) {
        byte[] payload = ("{\"action\":\"subscribe\",\"symbols\":[\"" + symbols.replace(",", "\",\"") + "\"]}")
                .getBytes(StandardCharsets.UTF_8);
        ByteBuffer frame = ByteBuffer.allocate(payload.length + 8);
        frame.put((byte) 0x81);
        if (payload.length < 126) {
            frame.put((byte) (0x80 | payload.length));
        } else {
            frame.put((byte) (0x80 | 126)).putShort((short) payload.length);
        }
        frame.putInt(0).put(payload).flip();
        return frame;
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static long usedHeap() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /**
     * The client side, in its own JVM: one selector thread for every connection. A WebSocket client sends its
     * handshake, then its subscribe command once the handshake is answered; the server's frames are unmasked, so the
     * events' {@code serverTime} is found in the raw bytes as in an SSE stream.
     */
    static final class Clients {

        private static final byte[] MARKER = "\"serverTime\":\"".getBytes(StandardCharsets.US_ASCII);
        private static final long WARM_UP_MILLIS = 10_000;
        /** Latency histogram in milliseconds, the last bucket holding everything slower. */
        private final long[] histogram = new long[10_001];
        private long events;

        static void run(String[] args) throws Exception {
            int port = Integer.parseInt(args[1]);
            String token = args[2];
            int clients = Integer.parseInt(args[3]);
            int perClient = Integer.parseInt(args[4]);
            String[] symbols = args[5].split(",");
            int seconds = Integer.parseInt(args[6]);
            new Clients(args[7].equals("ws")).measure(port, token, clients, perClient, symbols, seconds);
        }

        private final boolean webSocket;

        private Clients(boolean webSocket) {
            this.webSocket = webSocket;
        }

        private void measure(int port, String token, int clients, int perClient, String[] symbols, int seconds)
                throws Exception {
            Selector selector = Selector.open();
            InetSocketAddress address = new InetSocketAddress("127.0.0.1", port);
            for (int c = 0; c < clients; c++) {
                List<String> chosen = new ArrayList<>();
                for (int k = 0; chosen.size() < perClient; k++) {
                    String symbol = symbols[(c * 7 + k * 11) % symbols.length];
                    if (!chosen.contains(symbol)) {
                        chosen.add(symbol);
                    }
                }
                open(selector, address, token, String.join(",", chosen), true);
                if (c % 500 == 499) {
                    pump(selector, 50, false);
                }
            }
            long deadline = System.nanoTime() + 30_000_000_000L;
            while (connected(selector) < clients && System.nanoTime() < deadline) {
                pump(selector, 100, false);
            }
            System.out.println("CONNECTED " + connected(selector) + " of " + clients);
            // Wait for the go from the server side (it measures its heap meanwhile), reading whatever arrives.
            while (System.in.available() == 0) {
                pump(selector, 100, false);
            }
            // Unmeasured: the JIT compiles the write path meanwhile, which on two cores would show in the first phase.
            pump(selector, WARM_UP_MILLIS, false);
            phase("live", selector, seconds);
            // Every symbol, so that the kernel buffers of its socket fill within seconds and its writes do wait.
            SocketChannel stalled = open(selector, address, token, String.join(",", symbols), false);
            pump(selector, 2_000, false);
            phase("live with one stalled client", selector, seconds);
            stalled.close();
            System.out.println("DONE");
        }

        private void phase(String name, Selector selector, int seconds) throws Exception {
            java.util.Arrays.fill(histogram, 0);
            events = 0;
            System.out.println("measuring " + name);
            long cpu = processCpuNanos();
            pump(selector, seconds * 1000L, true);
            double cores = (processCpuNanos() - cpu) / (seconds * 1e9);
            System.out.printf("%s: %d events in %d s (%.0f/s) to %d clients; latency p50 %d ms, p99 %d ms, "
                    + "p99.9 %d ms, max %d ms; client JVM CPU %.2f cores%n", name, events, seconds,
                    events / (double) seconds, connected(selector), percentile(0.50), percentile(0.99),
                    percentile(0.999), percentile(1.0), cores);
        }

        private long connected(Selector selector) {
            return selector.keys().stream().filter(key -> key.attachment() instanceof Connection connection
                    && connection.streaming).count();
        }

        private SocketChannel open(Selector selector, InetSocketAddress address, String token, String symbols,
                boolean read) throws Exception {
            SocketChannel channel = SocketChannel.open();
            channel.configureBlocking(false);
            if (!read) {
                channel.setOption(StandardSocketOptions.SO_RCVBUF, 4096);
            }
            channel.connect(address);
            Connection connection = webSocket
                    ? new Connection(ByteBuffer.wrap(webSocketUpgrade(token)), read, subscribeFrame(symbols))
                    : new Connection(ByteBuffer.wrap(sseRequest(token, symbols)), read, null);
            channel.register(selector, SelectionKey.OP_CONNECT, connection);
            return channel;
        }

        /** Enough of a read's tail to hold a serverTime cut short by the end of the read. */
        private static final int CARRY = MARKER.length + 24;
        private final ByteBuffer buffer = ByteBuffer.allocateDirect(1 << 16);
        private final byte[] bytes = new byte[(1 << 16) + CARRY];

        /**
         * Reads what arrived, then pauses a millisecond before looking again. Without the pause every event finds the
         * thread waiting and wakes it, and on one machine the server's writes pay for those wake-ups; remote clients
         * would cost it none. An event waits at most that millisecond longer to be timed.
         */
        private void pump(Selector selector, long millis, boolean record) throws Exception {
            long end = System.nanoTime() + millis * 1_000_000;
            while (System.nanoTime() < end) {
                selector.select(50);
                Iterator<SelectionKey> keys = selector.selectedKeys().iterator();
                while (keys.hasNext()) {
                    SelectionKey key = keys.next();
                    keys.remove();
                    handle(key, record);
                }
                java.util.concurrent.locks.LockSupport.parkNanos(1_000_000);
            }
        }

        private void handle(SelectionKey key, boolean record) {
            SocketChannel channel = (SocketChannel) key.channel();
            Connection connection = (Connection) key.attachment();
            try {
                if (key.isConnectable() && channel.finishConnect()) {
                    key.interestOps(SelectionKey.OP_WRITE);
                } else if (key.isWritable()) {
                    channel.write(connection.request);
                    if (!connection.request.hasRemaining()) {
                        // A stalled WebSocket client still reads the handshake's answer before it stops.
                        key.interestOps(connection.reads || connection.afterHandshake != null ? SelectionKey.OP_READ
                                : 0);
                    }
                } else if (key.isReadable()) {
                    buffer.clear();
                    int read = channel.read(buffer);
                    if (read < 0) {
                        connection.streaming = false;
                        key.cancel();
                        channel.close();
                        return;
                    }
                    connection.streaming = true;
                    if (connection.afterHandshake != null) {
                        while (connection.afterHandshake.hasRemaining()) {
                            channel.write(connection.afterHandshake);
                        }
                        connection.afterHandshake = null;
                        if (!connection.reads) {
                            key.interestOps(0);
                            return;
                        }
                    }
                    buffer.flip();
                    // The tail of the previous read first: a serverTime may straddle two reads.
                    System.arraycopy(connection.carry, 0, bytes, 0, connection.carried);
                    buffer.get(bytes, connection.carried, read);
                    scan(connection, connection.carried + read, record);
                }
            } catch (java.io.IOException e) {
                connection.streaming = false;
                key.cancel();
            }
        }

        /**
         * Finds every {@code "serverTime":"...T12:34:56.789Z} in {@code bytes[0, length)} and records now minus it
         * (millis of the UTC day); keeps the bytes after the last one found that could start another.
         */
        private void scan(Connection connection, int length, boolean record) {
            long nowOfDay = System.currentTimeMillis() % 86_400_000L;
            byte[] data = bytes;
            int lastEnd = 0;
            for (int i = 0; i + MARKER.length + 24 <= length; i++) {
                if (data[i] == MARKER[0] && matches(data, i)) {
                    int t = i + MARKER.length + 11;
                    long ofDay = ((data[t] - '0') * 10 + (data[t + 1] - '0')) * 3_600_000L
                            + ((data[t + 3] - '0') * 10 + (data[t + 4] - '0')) * 60_000L
                            + ((data[t + 6] - '0') * 10 + (data[t + 7] - '0')) * 1000L
                            + (data[t + 9] - '0') * 100L + (data[t + 10] - '0') * 10L + (data[t + 11] - '0');
                    long latency = Math.floorMod(nowOfDay - ofDay, 86_400_000L);
                    if (record) {
                        histogram[(int) Math.min(latency, histogram.length - 1)]++;
                        events++;
                    }
                    i += MARKER.length + 24;
                    lastEnd = i;
                }
            }
            int keep = Math.min(length - lastEnd, CARRY);
            System.arraycopy(data, length - keep, connection.carry, 0, keep);
            connection.carried = keep;
        }

        private static boolean matches(byte[] data, int at) {
            for (int k = 1; k < MARKER.length; k++) {
                if (data[at + k] != MARKER[k]) {
                    return false;
                }
            }
            return true;
        }

        private long percentile(double p) {
            long total = 0;
            for (long count : histogram) {
                total += count;
            }
            long wanted = Math.max(1, (long) Math.ceil(total * p));
            long seen = 0;
            for (int ms = 0; ms < histogram.length; ms++) {
                seen += histogram[ms];
                if (seen >= wanted) {
                    return ms;
                }
            }
            return histogram.length - 1;
        }

        private static final class Connection {
            final ByteBuffer request;
            final boolean reads;
            /** The WebSocket subscribe command, sent when the handshake is answered; then null. */
            ByteBuffer afterHandshake;
            boolean streaming;
            final byte[] carry = new byte[CARRY];
            int carried;

            Connection(ByteBuffer request, boolean reads, ByteBuffer afterHandshake) {
                this.request = request;
                this.reads = reads;
                this.afterHandshake = afterHandshake;
            }
        }
    }
}

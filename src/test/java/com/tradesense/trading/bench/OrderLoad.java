package com.tradesense.trading.bench;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.LockSupport;

import javax.sql.DataSource;

import com.tradesense.HttpApi;
import com.tradesense.TradeSenseApplication;
import com.tradesense.marketdata.bars.HistoryBackfill;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.distribution.CountAtBucket;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Durable orders through REST, open loop: requests are due at the offered rate whatever the answers do, and each
 * one's latency counts from when it was due, so a slow server (or a generator waiting for a free connection) shows as
 * latency rather than as a politely lower rate. Market orders for BTC-USD (traded around the clock by the simulated
 * exchange) over {@code accounts} cash accounts of as many members, each acknowledged only once its group commit is
 * durable in PostgreSQL (the embedded one, with {@code synchronous_commit=on}). The generator keeps at most
 * {@code connections} requests in flight, one per keep-alive HTTP/1.1 connection, each driven by its own thread;
 * rate limiting is off, so every failure is the engine's or the transport's, counted by status and problem code or
 * by exception. Reports the group-commit sizes and the CPU per order by where it was spent. Run:
 * {@code bench/order-load.sh [rate/s] [seconds] [accounts] [connections]}.
 */
public final class OrderLoad {

    /**
     * {@code -DorderLoad.keyed=true}: every order carries a unique {@code Idempotency-Key}, as the web terminal's do,
     * so each also pays the service's look-up of the key among the stored orders.
     */
    private static final boolean KEYED = Boolean.getBoolean("orderLoad.keyed");

    private static final String ORDER = "{\"symbol\":\"BTC-USD\",\"side\":\"%s\",\"type\":\"MARKET\",\"qty\":%s,"
            + "\"timeInForce\":\"GTC\"}";

    private OrderLoad() {
    }

    public static void main(String[] args) throws Exception {
        int rate = args.length > 0 ? Integer.parseInt(args[0]) : 2_000;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        int accounts = args.length > 2 ? Integer.parseInt(args[2]) : 32;
        int connections = args.length > 3 ? Integer.parseInt(args[3]) : 64;
        ConfigurableApplicationContext app = new SpringApplicationBuilder(TradeSenseApplication.class)
                .profiles("test").run("--server.port=0", "--tradesense.rate-limit.enabled=false",
                        "--tradesense.embedded-db.synchronous-commit=true",
                        "--tradesense.marketdata.simulator.enabled=true",
                        "--tradesense.marketdata.simulator.intraday-days=1",
                        "--tradesense.marketdata.simulator.daily-years=1",
                        "--tradesense.embedded-db.max-pool-size=20", "--logging.level.root=WARN");
        try {
            app.getBean(HistoryBackfill.class).startupRun().get(5, TimeUnit.MINUTES);
            Thread.sleep(2_000);
            String base = "http://localhost:" + ((WebServerApplicationContext) app).getWebServer().getPort();
            // No executor of our own: with one, the JDK client hops every answer to CompletableFuture's default
            // pool, which on two cores is a new thread per task.
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(5)).build();
            List<String[]> traders = new ArrayList<>();
            for (int i = 0; i < accounts; i++) {
                String token = HttpApi.signUp(http, base);
                String account = HttpApi.post(http, base, token, "/api/v1/accounts", "{\"name\":\"Load\",\"type\":"
                        + "\"CASH\",\"currency\":\"USD\",\"startingBalance\":10000000}").body();
                String id = HttpApi.field(account, "id");
                // a holding to sell from, so a SELL overtaking its account's BUY is not refused as a short sale
                HttpApi.post(http, base, token, "/api/v1/accounts/" + id + "/orders", ORDER.formatted("BUY", "1"));
                traders.add(new String[] {token, id});
            }
            MeterRegistry meters = app.getBean(MeterRegistry.class);
            JdbcTemplate database = new JdbcTemplate(app.getBean(DataSource.class));
            Generator generator = new Generator(base, traders, connections, database);
            // Warm-up: 120,000 orders and at least 2 minutes at the rate (two runs of the minutely history catch-up),
            // then on in 20 s slices until the JIT compilers used less than 5% of a core over a slice (at most 5
            // minutes more). C2 is one thread among a hundred runnable ones here, so on two busy cores it drains its
            // queue slowly: after a fixed warm-up alone the engine's own methods were still waiting for C2 (60 methods
            // queued) and JIT took 0.16 ms per order; with 10 s slices the measured window still held JIT bursts of
            // periodic jobs and stalled in them.
            long warmUp = System.nanoTime();
            generator.run(rate, Math.max(120, 120_000 / rate), null);
            double jit = 1;
            for (int slice = 0; slice < 15 && jit >= 0.05; slice++) {
                long jitBefore = CpuTime.jitNanos();
                long sliceStart = System.nanoTime();
                generator.run(rate, 20, null);
                jit = (CpuTime.jitNanos() - jitBefore) / (double) (System.nanoTime() - sliceStart);
            }
            // A new database creates and zero-fills every WAL segment it writes (6% of PostgreSQL's CPU per order
            // when profiled); one that has run a while recycles the segments its checkpoints free, as this makes it.
            database.execute("checkpoint");
            System.out.printf("warm-up done after %.0f s (JIT %.0f%% of a core over the last 20 s), measuring %d s%n",
                    (System.nanoTime() - warmUp) / 1e9, jit * 100, seconds);
            generator.run(rate, seconds, meters);
        } finally {
            app.close();
        }
        // Some of the app's threads are not daemons: end the harness when the report is out.
        System.exit(0);
    }

    private record Generator(String base, List<String[]> traders, int connections,
            JdbcTemplate database) {

        void run(int rate, int seconds, MeterRegistry meters) throws InterruptedException {
            Commits before = meters == null ? null : Commits.of(meters);
            CpuTime cpuBefore = CpuTime.of(database);
            int total = rate * seconds;
            long[] latencies = new long[total];
            Map<String, LongAdder> failures = new ConcurrentHashMap<>();
            LongAdder senderCpu = new LongAdder();
            // unique keys across the warm-up and the measured runs
            long run = System.nanoTime();
            BlockingQueue<long[]> due = new LinkedBlockingQueue<>();
            int port = URI.create(base).getPort();
            List<Thread> senders = new ArrayList<>();
            for (int c = 0; c < connections; c++) {
                Thread sender = new Thread(() -> {
                    try (Connection connection = new Connection(port)) {
                        for (long[] next = take(due); next.length > 0; next = take(due)) {
                            int i = (int) next[0];
                            String[] trader = traders.get(i % traders.size());
                            String side = (i / traders.size()) % 2 == 0 ? "BUY" : "SELL";
                            String cause;
                            try {
                                Connection.Answer answer = connection.post("/api/v1/accounts/" + trader[1]
                                        + "/orders", trader[0], KEYED ? run + "-" + i : null,
                                        ORDER.formatted(side, "0.001"));
                                cause = answer.status() == 201 ? null
                                        : "HTTP " + answer.status() + " " + problemCode(answer.body());
                            } catch (IOException e) {
                                connection.close();
                                cause = e.getClass().getSimpleName();
                            }
                            // from when the order was due: time spent waiting for a free connection counts
                            latencies[i] = System.nanoTime() - next[1];
                            if (cause != null) {
                                failures.computeIfAbsent(cause, k -> new LongAdder()).increment();
                            }
                        }
                    }
                    senderCpu.add(ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime());
                }, "order-load-" + c);
                sender.start();
                senders.add(sender);
            }
            long interval = 1_000_000_000L / rate;
            long start = System.nanoTime();
            // watched in the warm-up too, so the sampler's own code is compiled before the measured window
            Background background = Background.watch(database, start, seconds);
            for (int i = 0; i < total; i++) {
                long at = start + i * interval;
                long wait = at - System.nanoTime();
                if (wait > 0) {
                    LockSupport.parkNanos(wait);
                }
                due.add(new long[] {i, at});
            }
            for (int c = 0; c < connections; c++) {
                due.add(new long[0]);
            }
            long sent = System.nanoTime();
            for (Thread sender : senders) {
                sender.join();
            }
            background.stop();
            double took = (System.nanoTime() - start) / 1e9;
            if (meters == null) {
                return;
            }
            Commits commits = Commits.of(meters).minus(before);
            CpuTime cpuAfter = CpuTime.of(database);
            Map<String, Double> cpu = cpuAfter.perOrderSince(cpuBefore, senderCpu.sum(), total);
            long[] sorted = latencies.clone();
            Arrays.sort(sorted);
            Map<String, Long> byCause = new TreeMap<>();
            failures.forEach((cause, count) -> byCause.put(cause, count.sum()));
            long failed = byCause.values().stream().mapToLong(Long::longValue).sum();
            if (KEYED) {
                System.out.println("every order with its own Idempotency-Key");
            }
            System.out.printf("offered %d orders/s for %d s over %d accounts and %d connections: %d orders sent in "
                    + "%.1f s, all answered in %.1f s (%.0f/s achieved), %d failed %s%n", rate, seconds,
                    traders.size(), connections, total, (sent - start) / 1e9, took, total / took, failed, byCause);
            System.out.printf("latency from the due time: p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, p99.9 %.1f ms, "
                    + "max %.1f ms%n", ms(sorted, 0.50), ms(sorted, 0.95), ms(sorted, 0.99), ms(sorted, 0.999),
                    sorted[total - 1] / 1e6);
            System.out.printf("group commits: %d, %.1f requests per commit on average, %.2f ms per commit on "
                    + "average; commits by requests in them: %s%n", commits.count,
                    commits.requestsPerCommit(), commits.msPerCommit(), commits.histogram());
            StringBuilder split = new StringBuilder();
            cpu.forEach((kind, ms) -> split.append(split.isEmpty() ? "" : ", ").append(kind).append(' ')
                    .append(String.format("%.2f", ms)));
            double all = cpu.values().stream().mapToDouble(Double::doubleValue).sum();
            System.out.printf("CPU per order, ms: %s; %.2f in all (%.1f cores busy on average over the run)%n", split,
                    all, all * total / 1e3 / took);
            StringBuilder postgres = new StringBuilder();
            cpuAfter.postgresPerOrderSince(cpuBefore, total).forEach((kind, ms) -> postgres
                    .append(postgres.isEmpty() ? "" : ", ").append(kind).append(' ').append(String.format("%.3f", ms)));
            System.out.printf("PostgreSQL CPU per order by process, ms: %s%n", postgres);
            StringBuilder bySecond = new StringBuilder();
            for (int second = 0; second < seconds; second++) {
                long[] slice = Arrays.copyOfRange(latencies, second * rate, (second + 1) * rate);
                Arrays.sort(slice);
                bySecond.append(second == 0 ? "" : " ").append(String.format("%.0f", ms(slice, 0.95)));
            }
            System.out.printf("p95 of the orders due in each second, ms: %s%n", bySecond);
            System.out.printf("what else ran, by second: %s%n", background.report());
        }
    }

    /**
     * What else ran in each second of a run, to tell a slow second's cause: PostgreSQL's autovacuum workers (by table),
     * the JVM's GC pauses and JIT compile time, and the CPU the hypervisor took. Sampled every 100 ms until stopped.
     */
    private static final class Background {

        private final Map<Integer, SortedSet<String>> vacuumed = new ConcurrentHashMap<>();
        private final double[] gcMs;
        private final double[] jitMs;
        private final double[] stolenMs;
        private volatile boolean stopped;
        private Thread sampler;

        private Background(int seconds) {
            gcMs = new double[seconds + 1];
            jitMs = new double[seconds + 1];
            stolenMs = new double[seconds + 1];
        }

        static Background watch(JdbcTemplate database, long start, int seconds) {
            Background background = new Background(seconds);
            background.sampler = new Thread(() -> background.sample(database, start, seconds),
                    "order-load-background");
            background.sampler.setDaemon(true);
            background.sampler.start();
            return background;
        }

        private void sample(JdbcTemplate database, long start, int seconds) {
            long gcBefore = gcMillis();
            long jitBefore = ManagementFactory.getCompilationMXBean().getTotalCompilationTime();
            long stolenBefore = stolenMillis();
            while (!stopped) {
                LockSupport.parkNanos(100_000_000L);
                // a run's last answers may come after its window: they count to its last second
                int second = (int) Math.min(seconds, (System.nanoTime() - start) / 1_000_000_000L);
                database.query("select query from pg_stat_activity where backend_type = 'autovacuum worker'",
                        rs -> {
                            vacuumed.computeIfAbsent(second, k -> new TreeSet<>())
                                    .add(rs.getString(1).replaceFirst("^autovacuum: ", ""));
                        });
                long gc = gcMillis();
                long jit = ManagementFactory.getCompilationMXBean().getTotalCompilationTime();
                long stolen = stolenMillis();
                gcMs[second] += gc - gcBefore;
                jitMs[second] += jit - jitBefore;
                stolenMs[second] += stolen - stolenBefore;
                gcBefore = gc;
                jitBefore = jit;
                stolenBefore = stolen;
            }
        }

        /** Ends the sampling (before the application and its database close). */
        void stop() throws InterruptedException {
            stopped = true;
            sampler.join();
        }

        private static long gcMillis() {
            return ManagementFactory.getGarbageCollectorMXBeans().stream()
                    .mapToLong(GarbageCollectorMXBean::getCollectionTime).sum();
        }

        /** CPU time the hypervisor gave to others while this guest wanted it ("steal", all CPUs, from /proc/stat). */
        private static long stolenMillis() {
            try {
                String[] cpu = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
                return Long.parseLong(cpu[8]) * 1000 / 100; // USER_HZ is 100 on Linux
            } catch (IOException | RuntimeException e) {
                return 0;
            }
        }

        /**
         * Seconds in which autovacuum ran, GC took 20 ms or more, the JIT compiled for 200 ms or more (elapsed time of
         * the compiler threads, which includes waiting for a core), or the hypervisor took 20 ms or more.
         */
        String report() {
            StringBuilder text = new StringBuilder();
            for (int second = 0; second < gcMs.length - 1; second++) {
                List<String> what = new ArrayList<>();
                if (vacuumed.containsKey(second)) {
                    what.add("autovacuum " + String.join(", ", vacuumed.get(second)));
                }
                if (gcMs[second] >= 20) {
                    what.add(String.format("GC %.0f ms", gcMs[second]));
                }
                if (jitMs[second] >= 200) {
                    what.add(String.format("JIT %.0f ms", jitMs[second]));
                }
                if (stolenMs[second] >= 20) {
                    what.add(String.format("stolen %.0f ms", stolenMs[second]));
                }
                if (!what.isEmpty()) {
                    text.append(text.isEmpty() ? "" : "; ").append(second).append(": ").append(String.join(", ", what));
                }
            }
            double stolen = Arrays.stream(stolenMs).sum();
            return String.format("the hypervisor took %.0f ms of CPU over the window (%.1f%% of both cores); %s",
                    stolen, stolen / 10.0 / 2 / (stolenMs.length - 1),
                    text.isEmpty() ? "nothing of note" : text.toString());
        }
    }

    /**
     * CPU time of this JVM's threads by kind (the app's request threads, its engine threads, JIT compilers, GC, other
     * threads) and of the embedded PostgreSQL's processes (its backends and background workers), all read from /proc
     * so a run on shared cores can say where its time went whatever else the machine was doing.
     */
    private record CpuTime(Map<String, Long> threads, Map<Integer, Long> processes, Map<Integer, String> processKinds) {

        static final List<String> KINDS = List.of("load generator", "request threads", "engine threads", "JIT",
                "GC", "other JVM threads", "PostgreSQL");

        static CpuTime of(JdbcTemplate database) {
            Map<Integer, Long> processes = new HashMap<>();
            Map<Integer, String> processKinds = new HashMap<>();
            database.query("select pid, backend_type from pg_stat_activity", rs -> {
                int pid = rs.getInt("pid");
                processes.put(pid, processNanos(Path.of("/proc/" + pid + "/stat")));
                processKinds.put(pid, rs.getString("backend_type"));
            });
            Map<String, Long> threads = new HashMap<>();
            try (var tasks = Files.list(Path.of("/proc/self/task"))) {
                tasks.forEach(task -> threads.put(task.getFileName().toString(), processNanos(task.resolve("stat"))));
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            return new CpuTime(threads, processes, processKinds);
        }

        /**
         * Milliseconds of CPU per order by kind from {@code earlier} to this reading; the generator's threads have
         * ended by now and report their own {@code generatorNanos}.
         */
        Map<String, Double> perOrderSince(CpuTime earlier, long generatorNanos, int orders) {
            Map<String, Double> nanos = new java.util.LinkedHashMap<>();
            KINDS.forEach(kind -> nanos.put(kind, 0.0));
            nanos.put(KINDS.get(0), (double) generatorNanos);
            for (Map.Entry<String, Long> thread : threads.entrySet()) {
                if (thread.getValue() > 0) {
                    nanos.merge(kind(thread.getKey()), (double) (thread.getValue()
                            - earlier.threads.getOrDefault(thread.getKey(), 0L)), Double::sum);
                }
            }
            postgresNanosSince(earlier).values().forEach(process -> nanos.merge(KINDS.get(6), process, Double::sum));
            nanos.remove("none");
            nanos.replaceAll((kind, value) -> value / 1e6 / orders);
            return nanos;
        }

        /** By the thread's name as the kernel has it (cut to 15 characters); the generator's are counted apart. */
        private static String kind(String tid) {
            String name;
            try {
                name = Files.readString(Path.of("/proc/self/task/" + tid + "/comm")).strip();
            } catch (IOException gone) {
                name = "";
            }
            return name.startsWith("order-load-") ? "none"
                    : name.startsWith("http-nio-") ? KINDS.get(1)
                    : name.startsWith("trading-engine") ? KINDS.get(2)
                    : name.contains("CompilerThre") ? KINDS.get(3)
                    : name.startsWith("GC Thread") || name.startsWith("G1 ") ? KINDS.get(4) : KINDS.get(5);
        }

        /** PostgreSQL's share of {@link #perOrderSince} by process kind (client backend, checkpointer, ...). */
        Map<String, Double> postgresPerOrderSince(CpuTime earlier, int orders) {
            Map<String, Double> byKind = postgresNanosSince(earlier);
            byKind.replaceAll((kind, nanos) -> nanos / 1e6 / orders);
            return byKind;
        }

        private Map<String, Double> postgresNanosSince(CpuTime earlier) {
            Map<String, Double> byKind = new TreeMap<>();
            processes.forEach((pid, nanos) -> {
                if (nanos > 0) {
                    byKind.merge(processKinds.get(pid),
                            (double) (nanos - earlier.processes.getOrDefault(pid, 0L)), Double::sum);
                }
            });
            return byKind;
        }

        /** CPU time of the JIT compiler threads so far. */
        static long jitNanos() {
            try (var tasks = Files.list(Path.of("/proc/self/task"))) {
                return tasks.filter(task -> kind(task.getFileName().toString()).equals(KINDS.get(3)))
                        .mapToLong(task -> processNanos(task.resolve("stat"))).sum();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }

        /** utime + stime of a process or thread in nanoseconds; 0 when it is gone. */
        private static long processNanos(Path statFile) {
            try {
                String stat = Files.readString(statFile);
                String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                // fields after the command: state is [0], utime [11], stime [12], in clock ticks (100 per second)
                return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 10_000_000L;
            } catch (IOException | RuntimeException gone) {
                return 0;
            }
        }
    }

    /**
     * The engine's group-commit meters; all cumulative, so a run's share is the difference of two readings.
     *
     * @param buckets commits with at most {@code bounds[i]} requests, cumulative as Micrometer keeps them
     */
    private record Commits(long count, double requests, double nanos, double[] bounds, double[] buckets) {

        static Commits of(MeterRegistry meters) {
            DistributionSummary batch = meters.get("tradesense.trading.commit.requests").summary();
            Timer time = meters.get("tradesense.trading.commit").timer();
            CountAtBucket[] histogram = batch.takeSnapshot().histogramCounts();
            return new Commits(batch.count(), batch.totalAmount(), time.totalTime(TimeUnit.NANOSECONDS),
                    Arrays.stream(histogram).mapToDouble(CountAtBucket::bucket).toArray(),
                    Arrays.stream(histogram).mapToDouble(CountAtBucket::count).toArray());
        }

        Commits minus(Commits earlier) {
            double[] difference = new double[buckets.length];
            for (int i = 0; i < buckets.length; i++) {
                difference[i] = buckets[i] - earlier.buckets[i];
            }
            return new Commits(count - earlier.count, requests - earlier.requests, nanos - earlier.nanos, bounds,
                    difference);
        }

        String histogram() {
            StringBuilder text = new StringBuilder();
            double below = 0;
            for (int i = 0; i < bounds.length; i++) {
                text.append(i == 0 ? "" : ", ").append("<=").append((long) bounds[i]).append(": ")
                        .append((long) (buckets[i] - below));
                below = buckets[i];
            }
            return text.append(", more: ").append(count - (long) below).toString();
        }

        double requestsPerCommit() {
            return count == 0 ? 0 : requests / count;
        }

        double msPerCommit() {
            return count == 0 ? 0 : nanos / count / 1e6;
        }
    }

    private static long[] take(BlockingQueue<long[]> queue) {
        try {
            return queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new long[0];
        }
    }

    /**
     * One keep-alive HTTP/1.1 connection used by one thread: a request out, its answer read back. Hand-written so
     * the generator costs little of the two cores it shares with the app (the JDK client took 0.6 ms of CPU per
     * order); reconnects when the server closes (Tomcat does after 100 requests on a connection).
     */
    private static final class Connection implements AutoCloseable {

        record Answer(int status, String body) {
        }

        private final int port;
        private Socket socket;
        private OutputStream out;
        private InputStream in;

        Connection(int port) {
            this.port = port;
        }

        /** @param idempotencyKey sent as the {@code Idempotency-Key} header unless null */
        Answer post(String path, String token, String idempotencyKey, String json) throws IOException {
            if (socket == null) {
                socket = new Socket("localhost", port);
                socket.setTcpNoDelay(true);
                out = new BufferedOutputStream(socket.getOutputStream());
                in = new BufferedInputStream(socket.getInputStream());
            }
            byte[] body = json.getBytes(StandardCharsets.UTF_8);
            out.write(("POST " + path + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + token
                    + (idempotencyKey == null ? "" : "\r\nIdempotency-Key: " + idempotencyKey)
                    + "\r\nContent-Type: application/json\r\nContent-Length: " + body.length + "\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.write(body);
            out.flush();
            String statusLine = line();
            int length = 0;
            boolean chunked = false;
            boolean closing = false;
            for (String header = line(); !header.isEmpty(); header = line()) {
                String lower = header.toLowerCase(Locale.ROOT);
                if (lower.startsWith("content-length:")) {
                    length = Integer.parseInt(lower.substring(15).trim());
                } else if (lower.startsWith("transfer-encoding:")) {
                    chunked = lower.contains("chunked");
                } else if (lower.startsWith("connection:")) {
                    closing = lower.contains("close");
                }
            }
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            if (chunked) {
                for (int size = Integer.parseInt(line().trim(), 16); size > 0;
                        size = Integer.parseInt(line().trim(), 16)) {
                    answer.write(in.readNBytes(size));
                    line();
                }
                line();
            } else {
                answer.write(in.readNBytes(length));
            }
            if (closing) {
                close();
            }
            return new Answer(Integer.parseInt(statusLine.substring(9, 12)), answer.toString(StandardCharsets.UTF_8));
        }

        private String line() throws IOException {
            StringBuilder line = new StringBuilder();
            for (int b = in.read(); b != '\n'; b = in.read()) {
                if (b < 0) {
                    throw new EOFException("connection closed by the server");
                }
                if (b != '\r') {
                    line.append((char) b);
                }
            }
            return line.toString();
        }

        @Override
        public void close() {
            try {
                if (socket != null) {
                    socket.close();
                }
            } catch (IOException ignored) {
                // closing a broken connection: nothing left to do
            }
            socket = null;
        }
    }

    private static String problemCode(String body) {
        try {
            return HttpApi.field(body, "code");
        } catch (IllegalArgumentException noCode) {
            return "(no code)";
        }
    }

    private static double ms(long[] sorted, double p) {
        return sorted[(int) Math.min(sorted.length - 1, Math.ceil(sorted.length * p) - 1)] / 1e6;
    }
}

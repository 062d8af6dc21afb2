package com.tradesense.marketdata.bench;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.concurrent.TimeUnit;

import com.tradesense.marketdata.TestUniverse;
import com.tradesense.marketdata.live.LiveBenchmarks;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Upstream messages into the live book, as a provider adapter delivers them (decimal prices through
 * {@code FeedSink}): unwatched symbols (state update only) and watched ones (events built and queued for one stream
 * client). Issue target: at least 250,000 messages a second.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
// A fixed, pre-touched heap: first touches of heap pages are slow on this VM and made iterations swing up to 30x.
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g", "-XX:+AlwaysPreTouch"})
public class LiveBookIngestBenchmark {

    @Param({"false", "true"})
    boolean watched;

    private LiveBenchmarks.Ingest ingest;
    private final BigDecimal[] prices = new BigDecimal[1024];
    private final String[] symbols = {"AAPL", "SPX", "ATW", "BTC-USD"};
    private int next;

    @Setup
    public void setUp() {
        ingest = LiveBenchmarks.ingest(Clock.systemUTC(), TestUniverse.all(), watched);
        for (int i = 0; i < prices.length; i++) {
            prices[i] = new BigDecimal("100.00").add(BigDecimal.valueOf(i, 2));
        }
    }

    @Benchmark
    public void trade() {
        int i = next++;
        ingest.sink().trade(symbols[i & 3], 1_764_000_000_000L + i, prices[i & 1023], 100);
    }

    @Benchmark
    public void quote() {
        int i = next++;
        BigDecimal bid = prices[i & 1023];
        ingest.sink().quote(symbols[i & 3], 1_764_000_000_000L + i, bid, bid);
    }
}

package com.tradesense.marketdata.live;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import com.tradesense.marketdata.calendar.TradingCalendars;
import org.springframework.context.ApplicationContext;
import com.tradesense.marketdata.simulator.SimulationUniverse;
import org.springframework.util.unit.DataSize;
import tools.jackson.databind.json.JsonMapper;

/** Builds the live book's internals for the benchmarks, which live outside this package. */
public final class LiveBenchmarks {

    private LiveBenchmarks() {
    }

    /** A book over {@code universe}; when {@code watched}, one stream client subscribed to every symbol. */
    public record Ingest(FeedSink sink, StreamHub hub) {
    }

    /** The symbols of a running app's live book, in book order. */
    public static List<String> symbols(ApplicationContext app) {
        return app.getBean(LiveBook.class).states().stream().map(SymbolState::symbol).toList();
    }

    /** Where a running app's feeds deliver (book plus relay). */
    public static FeedSink feedSink(ApplicationContext app) {
        return app.getBean(FeedLeadership.class).feedSink();
    }

    public static int clientCount(ApplicationContext app) {
        return app.getBean(StreamHub.class).clientCount();
    }

    public static long droppedCount(ApplicationContext app) {
        return app.getBean(StreamHub.class).droppedCount();
    }

    public static Ingest ingest(Clock clock, SimulationUniverse universe, boolean watched) {
        LiveBook[] holder = new LiveBook[1];
        StreamHub hub = new StreamHub(() -> holder[0], TradingCalendars.standard(), clock,
                new StreamProperties(100, 10, 1_000_000, Duration.ofSeconds(10), Duration.ofSeconds(15), 2,
                        Duration.ofMillis(250), "bench", DataSize.ofKilobytes(2), DataSize.ofKilobytes(64)), JsonMapper.builder().build());
        LiveBook book = new LiveBook(clock, new PriceTickListeners(), hub, (symbol, bar, extended) -> { });
        universe.instruments().forEach(simulated -> book.add(simulated.instrument(),
                universe.calendar(simulated.instrument().calendar())));
        holder[0] = book;
        if (watched) {
            StreamClient client = new StreamClient(1, "bench", 1_000_000, Runnable::run) {
                @Override
                boolean write(List<LiveEvent> batch) {
                    // discards: the benchmark measures building and queueing the events
                    return true;
                }

                @Override
                void release() {
                }
            };
            hub.open(client, universe.instruments().stream().map(s -> s.symbol()).toList(), 0);
        }
        return new Ingest(book, hub);
    }
}

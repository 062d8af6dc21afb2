package com.tradesense.marketdata.providers.massive;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.tradesense.marketdata.Bar;
import com.tradesense.marketdata.live.FeedSink;
import com.tradesense.marketdata.providers.Prices;
import tools.jackson.databind.JsonNode;

/**
 * Turns Massive socket frames (always JSON arrays, event types and tickers mixed) into {@link FeedSink} calls, with
 * provider tickers mapped back to catalog symbols and prices put on the instrument's tick. Events of tickers not
 * subscribed here are skipped.
 */
final class MassiveEvents {

    /** The catalog symbol a stream ticker stands for and its tick. */
    record Target(String symbol, BigDecimal tick) {
    }

    /** What the socket's owner needs to hear besides market data. */
    interface Listener {

        void status(String status, String message);

        /** A market event arrived; {@code eventMillis} is its exchange time. */
        void received(long eventMillis);
    }

    private final Map<String, Target> targets;

    MassiveEvents(Map<String, Target> targets) {
        this.targets = Map.copyOf(targets);
    }

    void dispatch(JsonNode frame, FeedSink sink, Listener listener) {
        Iterable<JsonNode> events = frame.isArray() ? frame : List.of(frame);
        for (JsonNode event : events) {
            String type = event.path("ev").asString("");
            switch (type) {
                case "status" -> listener.status(event.path("status").asString(""),
                        event.path("message").asString(""));
                case "T", "XT" -> trade(event, sink, listener);
                case "Q", "XQ" -> quote(event, "bp", "ap", sink, listener);
                case "C" -> quote(event, "b", "a", sink, listener);
                case "A" -> secondAggregate(event, sink, listener);
                case "AM", "XA", "CA" -> minuteAggregate(event, sink, listener);
                default -> {
                    // other channels (LULD, NOI, FMV, ...) are not subscribed; ignore what a server adds
                }
            }
        }
    }

    private void trade(JsonNode event, FeedSink sink, Listener listener) {
        Target target = target(event);
        BigDecimal price = MassiveRestClient.decimal(event, "p");
        if (target == null || price == null) {
            return;
        }
        long t = event.path("t").asLong();
        sink.trade(target.symbol(), t, Prices.onTick(price, target.tick()),
                Prices.wholeUnits(MassiveRestClient.decimal(event, "s")));
        listener.received(t);
    }

    private void quote(JsonNode event, String bidField, String askField, FeedSink sink, Listener listener) {
        Target target = target(event);
        BigDecimal bid = MassiveRestClient.decimal(event, bidField);
        BigDecimal ask = MassiveRestClient.decimal(event, askField);
        if (target == null || bid == null || ask == null) {
            return;
        }
        long t = event.path("t").asLong();
        sink.quote(target.symbol(), t, Prices.onTick(bid, target.tick()), Prices.onTick(ask, target.tick()));
        listener.received(t);
    }

    /**
     * A per-second aggregate is a price mark at the second's close. Its volume already came with the T events of
     * that second, so it is delivered as a zero-size print; indices, which have no trades, move this way.
     */
    private void secondAggregate(JsonNode event, FeedSink sink, Listener listener) {
        Target target = target(event);
        BigDecimal close = MassiveRestClient.decimal(event, "c");
        if (target == null || close == null) {
            return;
        }
        long end = event.path("e").asLong(event.path("s").asLong());
        sink.trade(target.symbol(), end, Prices.onTick(close, target.tick()), 0);
        listener.received(end);
    }

    private void minuteAggregate(JsonNode event, FeedSink sink, Listener listener) {
        Target target = target(event);
        if (target == null || !event.has("c")) {
            return;
        }
        long start = event.path("s").asLong();
        sink.minuteBar(target.symbol(), bar(start, MassiveRestClient.decimal(event, "o"),
                MassiveRestClient.decimal(event, "h"), MassiveRestClient.decimal(event, "l"),
                MassiveRestClient.decimal(event, "c"), MassiveRestClient.decimal(event, "v"), target.tick()));
        listener.received(event.path("e").asLong(start + 60_000));
    }

    static Bar bar(long startMillis, BigDecimal o, BigDecimal h, BigDecimal l, BigDecimal c, BigDecimal v,
            BigDecimal tick) {
        return new Bar(Instant.ofEpochMilli(startMillis), Prices.onTick(o, tick), Prices.onTick(h, tick),
                Prices.onTick(l, tick), Prices.onTick(c, tick),
                v == null ? 0 : v.setScale(0, RoundingMode.HALF_UP).longValueExact());
    }

    /** Stocks and indices name the ticker {@code sym}, crypto and FX aggregates {@code pair}, FX quotes {@code p}. */
    private Target target(JsonNode event) {
        String ticker = event.has("sym") ? event.path("sym").asString()
                : event.has("pair") ? event.path("pair").asString() : event.path("p").asString("");
        return targets.get(ticker);
    }
}

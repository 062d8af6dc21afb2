package com.tradesense.marketdata.live;

import java.util.function.Consumer;

/**
 * Which node holds the upstream connections. Alone, a node always does; with Redis, one node at a time is elected
 * and relays what its feeds deliver to the others, so the cluster opens one connection per provider.
 */
interface FeedLeadership extends AutoCloseable {

    boolean isLeader();

    /**
     * Runs {@code becameLeader} when this node takes the lead (at once when it already has it) and
     * {@code lostLead} when it loses it.
     */
    void whenLeader(Runnable becameLeader, Runnable lostLead);

    /** The sink this node's feeds deliver into: the book itself, or the book plus the relay to the other nodes. */
    FeedSink feedSink();

    /**
     * Tells the other nodes that an instrument was added, enabled or disabled here, so that their live books and the
     * leader's feeds follow it too.
     */
    void announceCatalogChange(String symbol);

    /** Called with the symbol of each catalog change another node announces, on a thread that must not block. */
    void onCatalogChange(Consumer<String> listener);

    /** Gives up the lead and the connections. */
    @Override
    default void close() {
    }

    /** Always the leader: one node, no relay. */
    static FeedLeadership standalone(LiveBook book) {
        return new FeedLeadership() {
            @Override
            public boolean isLeader() {
                return true;
            }

            @Override
            public void whenLeader(Runnable becameLeader, Runnable lostLead) {
                becameLeader.run();
            }

            @Override
            public FeedSink feedSink() {
                return book;
            }

            @Override
            public void announceCatalogChange(String symbol) {
                // no other node to tell
            }

            @Override
            public void onCatalogChange(Consumer<String> listener) {
                // no other node announces anything
            }
        };
    }
}

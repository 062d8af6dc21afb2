package com.tradesense.marketdata.live;

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
        };
    }
}

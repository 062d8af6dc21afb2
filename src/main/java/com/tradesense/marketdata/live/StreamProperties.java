package com.tradesense.marketdata.live;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Live streaming limits ({@code tradesense.marketdata.stream.*}).
 *
 * @param maxSymbolsPerClient   symbols one SSE stream or WebSocket may subscribe to
 * @param maxConnectionsPerUser concurrent streams of one user on one node
 * @param maxQueuedEvents       ordered events (completed bars, status) a client may fall behind by before it is
 *                              dropped; quotes and forming bars conflate and never count
 * @param writeTimeout          a client whose write blocks this long (SSE: whose socket stays full this long) is
 *                              dropped
 * @param heartbeat             interval of SSE comments / WebSocket heartbeats on idle connections
 * @param writerThreads         threads writing to clients (each write is a few microseconds; a blocked one holds its
 *                              thread until the write timeout, so keep a margin)
 * @param simulatedTickInterval how often the simulated exchange advances its live feed
 * @param redisPrefix           prefix of the Redis keys and channel of the relay between nodes (nodes serving one user
 *                              base share it)
 * @param webSocketMessageBuffer the largest message a WebSocket client may send (its commands); Tomcat holds a text
 *                              and a binary buffer of this size for every open socket (8 KB each by default, the text
 *                              one as chars), and closes a socket sending more with 1009
 * @param sseSendBuffer         the kernel's send buffer of an SSE stream's socket. Left to the kernel it grows to
 *                              megabytes for a client that stopped reading, which then takes minutes of events to fill
 *                              before its writes wait and the write timeout can start; a client that reads keeps it
 *                              nearly empty
 */
@ConfigurationProperties("tradesense.marketdata.stream")
record StreamProperties(
        @DefaultValue("50") int maxSymbolsPerClient,
        @DefaultValue("10") int maxConnectionsPerUser,
        @DefaultValue("1000") int maxQueuedEvents,
        @DefaultValue("10s") Duration writeTimeout,
        @DefaultValue("15s") Duration heartbeat,
        @DefaultValue("8") int writerThreads,
        @DefaultValue("250ms") Duration simulatedTickInterval,
        @DefaultValue("tradesense:marketdata") String redisPrefix,
        @DefaultValue("2KB") DataSize webSocketMessageBuffer,
        @DefaultValue("64KB") DataSize sseSendBuffer) {
}

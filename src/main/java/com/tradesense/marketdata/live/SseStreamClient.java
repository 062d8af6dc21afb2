package com.tradesense.marketdata.live;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.Executor;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;

/**
 * A Server-Sent Events client: each batch goes out as one non-blocking write of ready-made SSE frames on the
 * connection Tomcat hands over once the response has started ({@link SseConnection}).
 */
final class SseStreamClient extends StreamClient {

    static final String EVENT_STREAM = "text/event-stream";

    /** The kernel send buffer its socket gets (tradesense.marketdata.stream.sse-send-buffer). */
    final int sendBuffer;
    private volatile SseConnection connection;
    private volatile Runnable onDisconnect = () -> { };

    SseStreamClient(long id, String userId, StreamProperties properties, Executor writer) {
        super(id, userId, properties.maxQueuedEvents(), writer);
        this.sendBuffer = Math.toIntExact(properties.sseSendBuffer().toBytes());
    }

    /** What to release when the connection ends, whichever side ends it. */
    void onDisconnect(Runnable action) {
        this.onDisconnect = action;
    }

    /**
     * Answers the request with this stream: a 200 {@code text/event-stream} response whose body runs until the
     * connection closes, carried by the connection Tomcat hands over (Servlet HTTP upgrade) rather than by a servlet
     * request kept open. Events queued before then go out once it has. A HEAD request gets the headers only.
     *
     * @throws IOException when the client went away meanwhile; the stream is then released
     */
    void respond(HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
        try {
            if (!HttpMethod.HEAD.matches(request.getMethod())) {
                // Upgrading sets 101, replaced below: nothing is committed yet, so a failure here still gets a
                // problem document.
                SseConnection upgraded = request.upgrade(SseConnection.class);
                upgraded.attach(this);
                connection = upgraded;
                if (isClosed()) {
                    upgraded.close();
                }
            }
            response.setStatus(HttpServletResponse.SC_OK);
            response.setContentType(EVENT_STREAM);
            response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
            response.setHeader("X-Accel-Buffering", "no");
            // The body ends with the connection: no length, no chunking, so frames go to the socket as they are.
            response.setHeader(HttpHeaders.CONNECTION, "close");
            // Committed now: left to Tomcat, a response with no body written would end as an empty one.
            response.flushBuffer();
        } catch (IOException | ServletException | RuntimeException e) {
            disconnected();
            throw e;
        }
        if (connection == null) {
            disconnected();
        }
    }

    /** The connection ended (or never started): releases what {@link #onDisconnect} names. */
    void disconnected() {
        onDisconnect.run();
    }

    @Override
    boolean writable() {
        SseConnection current = connection;
        return current != null && current.writable();
    }

    @Override
    boolean write(List<LiveEvent> batch) throws IOException {
        return connection.write(LiveEvent.sseFrames(batch));
    }

    @Override
    void release() {
        SseConnection current = connection;
        if (current != null) {
            current.close();
        }
    }
}

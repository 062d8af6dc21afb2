package com.tradesense.marketdata.live;

import java.io.IOException;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;

import jakarta.servlet.http.WebConnection;
import org.apache.coyote.http11.upgrade.InternalHttpUpgradeHandler;
import org.apache.tomcat.util.net.AbstractEndpoint.Handler.SocketState;
import org.apache.tomcat.util.net.NioChannel;
import org.apache.tomcat.util.net.SSLSupport;
import org.apache.tomcat.util.net.SocketEvent;
import org.apache.tomcat.util.net.SocketWrapperBase;

/**
 * The socket of an SSE stream once Tomcat has let go of the HTTP request (Servlet HTTP upgrade, docs/adr/0007): an
 * open servlet request keeps Tomcat's request and response objects with their buffers, about 76 KB, where this keeps
 * the socket and its two small buffers. Frames are written without blocking; what the socket cannot take at once
 * stays in Tomcat's buffers, the socket is watched for writability, and the client {@link SseStreamClient#resume()
 * resumes} once it has drained, so a stalled client holds no thread.
 * <p>
 * Tomcat's internal upgrade interface, as its own WebSocket implementation uses, rather than the Servlet
 * {@code HttpUpgradeHandler} alone: through a {@code WebConnection} the server cannot close a socket whose client is
 * still connected (Tomcat closes it only on the socket's next event), and a dropped client must lose its socket.
 * Public, with a public no-argument constructor, because Tomcat instantiates it.
 */
public final class SseConnection implements InternalHttpUpgradeHandler {

    private final Object lock = new Object();
    /** Set on the request thread before the handler returns, so before Tomcat hands the socket over. */
    private SseStreamClient client;
    private SocketWrapperBase<?> socket;
    /** The socket is handed over and not closed. */
    private boolean open;
    private boolean closed;
    /** Written data waits in Tomcat's buffers for the socket to drain; the socket is registered for writability. */
    private boolean flushing;

    public SseConnection() {
    }

    void attach(SseStreamClient client) {
        this.client = client;
    }

    @Override
    public void setSocketWrapper(SocketWrapperBase<?> wrapper) {
        synchronized (lock) {
            socket = wrapper;
        }
    }

    @Override
    public void init(WebConnection connection) {
        synchronized (lock) {
            open = !closed;
        }
        limitSendBuffer(client.sendBuffer);
        // Events queued since the stream was opened (statuses, snapshots, updates) go out now.
        client.resume();
    }

    /**
     * A client that stopped reading is noticed once the kernel's send buffer is full; left to the kernel that buffer
     * grows to megabytes, minutes of events, so it is set for the stream.
     */
    private void limitSendBuffer(int bytes) {
        if (socket.getSocket() instanceof NioChannel channel) {
            try {
                channel.getIOChannel().setOption(StandardSocketOptions.SO_SNDBUF, bytes);
            } catch (IOException closed) {
                // The client is gone already: the next event on the socket ends the stream.
            }
        }
    }

    boolean writable() {
        synchronized (lock) {
            return open && !flushing;
        }
    }

    /** Hands frames to the socket without blocking; false when part of them waits for the socket to drain. */
    boolean write(byte[] frames) throws IOException {
        synchronized (lock) {
            if (!open) {
                throw new ClosedChannelException();
            }
            socket.write(false, frames, 0, frames.length);
            return flush();
        }
    }

    /** Called with the lock held; true when nothing is left to write. */
    private boolean flush() throws IOException {
        flushing = socket.flush(false);
        if (flushing) {
            socket.registerWriteInterest();
        }
        return !flushing;
    }

    @Override
    public SocketState upgradeDispatch(SocketEvent status) {
        return switch (status) {
            case OPEN_READ -> discardInput();
            case OPEN_WRITE -> flushPending();
            // STOP (the server stops), DISCONNECT, ERROR, TIMEOUT, CONNECT_FAIL: Tomcat closes the socket.
            default -> closedHere();
        };
    }

    /**
     * An EventSource sends nothing after its request: input is read only to notice the end of the stream (the client
     * went away), and anything else is discarded.
     */
    private SocketState discardInput() {
        ByteBuffer discard = ByteBuffer.allocate(256);
        try {
            while (socket.read(false, discard) > 0) {
                discard.clear();
            }
        } catch (IOException endOfInput) {
            return closedHere();
        }
        return state();
    }

    private SocketState flushPending() {
        boolean drained;
        synchronized (lock) {
            try {
                drained = open && flushing && flush();
            } catch (IOException broken) {
                return closedHere();
            }
        }
        if (drained) {
            client.resume();
        }
        return state();
    }

    /** Marks the connection closed by Tomcat; returning {@code CLOSED} makes Tomcat close it and call {@link #destroy}. */
    private SocketState closedHere() {
        synchronized (lock) {
            closed = true;
            open = false;
        }
        return SocketState.CLOSED;
    }

    private SocketState state() {
        synchronized (lock) {
            return closed ? SocketState.CLOSED : SocketState.UPGRADED;
        }
    }

    /** Closes the socket from the server's side (a dropped client, a stream that ended); idempotent. */
    void close() {
        synchronized (lock) {
            if (closed) {
                return;
            }
            closed = true;
            open = false;
            // Under the lock, so that no write is half-way through the socket's buffers. Before the socket is handed
            // over there is nothing to close yet: the first event on it then answers CLOSED.
            if (socket != null) {
                socket.close();
            }
        }
    }

    /** Tomcat is done with the connection, whichever side closed it: the stream is over. */
    @Override
    public void destroy() {
        synchronized (lock) {
            closed = true;
            open = false;
        }
        client.disconnected();
    }

    @Override
    public void timeoutAsync(long now) {
        // No timeouts of its own: the hub's heartbeat and watchdog look after idle and stalled clients.
    }

    @Override
    public void setSslSupport(SSLSupport sslSupport) {
        // Frames are written through the socket wrapper, which encrypts when the connector uses TLS.
    }

    @Override
    public void pause() {
        // Nothing to pause: the hub closes its streams when the application stops.
    }
}

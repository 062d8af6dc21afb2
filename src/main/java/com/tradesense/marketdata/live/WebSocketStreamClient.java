package com.tradesense.marketdata.live;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.Executor;

import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketSession;

/** A WebSocket client: one text message per event, {@code {type, id, data}}, sent blocking. */
final class WebSocketStreamClient extends StreamClient {

    private final WebSocketSession session;

    WebSocketStreamClient(long id, String userId, int maxQueuedEvents, Executor writer, WebSocketSession session) {
        super(id, userId, maxQueuedEvents, writer);
        this.session = session;
    }

    @Override
    boolean write(List<LiveEvent> batch) throws IOException {
        // Only the writer thread sends events, and replies to commands go through offer too, so sends never overlap.
        for (LiveEvent event : batch) {
            session.sendMessage(new TextMessage(event.webSocketText()));
        }
        return true;
    }

    @Override
    void release() {
        try {
            session.close(CloseStatus.GOING_AWAY);
        } catch (IOException ignored) {
            // the connection is already gone
        }
    }
}

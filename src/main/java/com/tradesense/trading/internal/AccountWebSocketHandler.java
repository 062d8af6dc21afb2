package com.tradesense.trading.internal;

import java.io.IOException;
import java.net.URI;
import java.security.Principal;
import java.util.UUID;

import com.tradesense.identity.UserId;
import com.tradesense.platform.ApiException;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.handler.TextWebSocketHandler;

/**
 * {@code /ws/accounts/{id}}: the owner's account stream over WebSocket, with the SSE stream's events ({@code account},
 * {@code positions}, {@code order}, {@code fill}) as text messages {@code {type, id, data}}. Read-only: what the
 * client sends is ignored. Another member's or an unknown account closes with 1008 and reason
 * {@code ACCOUNT_NOT_FOUND}; past the per-user stream limit, {@code TOO_MANY_STREAMS}.
 */
final class AccountWebSocketHandler extends TextWebSocketHandler {

    static final String PATH = "/ws/accounts/*";
    private static final String ACCOUNT = "trading.accountId";

    private final AccountStreams streams;

    AccountWebSocketHandler(AccountStreams streams) {
        this.streams = streams;
    }

    @Override
    public void afterConnectionEstablished(WebSocketSession session) throws IOException {
        Principal user = session.getPrincipal();
        UUID accountId = accountId(session.getUri());
        if (user == null || accountId == null) {
            session.close(CloseStatus.POLICY_VIOLATION.withReason(user == null ? "UNAUTHENTICATED"
                    : "ACCOUNT_NOT_FOUND"));
            return;
        }
        try {
            streams.open(UserId.of(user.getName()), accountId, session);
        } catch (ApiException refused) {
            session.close(CloseStatus.POLICY_VIOLATION.withReason(refused.code()));
            return;
        }
        session.getAttributes().put(ACCOUNT, accountId);
    }

    @Override
    public void afterConnectionClosed(WebSocketSession session, CloseStatus status) {
        if (session.getAttributes().remove(ACCOUNT) instanceof UUID accountId) {
            streams.close(accountId, session);
        }
    }

    /** The id in the last path segment; null when it is not one. */
    private static UUID accountId(URI uri) {
        String path = uri == null ? "" : uri.getPath();
        try {
            return UUID.fromString(path.substring(path.lastIndexOf('/') + 1));
        } catch (IllegalArgumentException notAnId) {
            return null;
        }
    }
}
